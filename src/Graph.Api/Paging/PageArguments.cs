using Graph.Api.Errors;
using Graph.Api.Loading;
using Graph.Api.Reading;
using Graph.Knowledge.Validation;
using Graph.Neo4j.Client;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;

namespace Graph.Api.Paging;

/// <summary>The arguments every paged list takes (<c>first</c>, <c>after</c>) and the date-range ones, read and checked.</summary>
public static class PageArguments
{
    public const int DefaultSize = 20;

    /// <summary>Adds <c>first</c> and <c>after</c>; <paramref name="items"/> names what is listed ("claims").</summary>
    public static FieldBuilder<object?, object> Paged(this FieldBuilder<object?, object> field, string items) => field
        .Argument<GraphQL.Types.IntGraphType>("first", $"How many {items} to return (at most 100).", a => a.DefaultValue = DefaultSize)
        .Argument<GraphQL.Types.StringGraphType>("after", $"Return the {items} after this cursor (an `endCursor` or edge `cursor`).");

    /// <summary>
    /// Registers a page statement (ending with <see cref="PageCypher.Collect"/>) whose items carry the
    /// root field's <c>edges { node { ... } }</c> selection, compiled (<see cref="SelectionCompiler"/>):
    /// the page and everything below it come in this one statement, sent with the operation's other
    /// root fields in one request (<see cref="ReadBatch"/>). <paramref name="asOf"/> is the root's day.
    /// </summary>
    public static IDataLoaderResult<Page> Load(IResolveFieldContext context, string list, Cypher statement, string? asOf)
    {
        var (skip, end) = Read(context, list);
        var parameters = new Dictionary<string, object?>(statement.Parameters)
        {
            ["from"] = Date(context, "from"),
            ["to"] = Date(context, "to"),
            ["skip"] = skip,
            ["end"] = end,
        };
        var compiled = CompiledStatements.Of(context).Compile(context, asOf, statement.Text,
            static (compiler, page) => PageCypher.Project(page, compiler.RootMap(PageCypher.Item, "edges", "node")));
        foreach (var (name, value) in compiled.Parameters)
        {
            parameters[name] = value;
        }

        return ReadBatch.Of(context).Run(statement with { Text = compiled.Text, Parameters = parameters, Idempotent = true })
            .Then(result => Page.From(list, result.Rows[0], skip));
    }

    /// <summary>A <c>text</c> filter as statements compare it: trimmed and lower case, or null when blank.</summary>
    public static string? LowerText(IResolveFieldContext context)
    {
        var text = context.GetArgument<string?>("text");
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
    }

    /// <summary>The page asked for, as the <c>skip</c> and <c>end</c> of the statement's slice <c>[$skip..$end]</c>.</summary>
    private static (int Skip, int End) Read(IResolveFieldContext context, string list)
    {
        var first = context.GetArgument("first", DefaultSize);
        var skip = 0;
        if (context.GetArgument<string?>("after") is { } after)
        {
            if (!PageCursor.TryDecode(list, after, out var position))
            {
                throw new ApiError(ErrorCodes.BadUserInput, "'after' is not a cursor this list gave out.") { Field = "after" };
            }

            skip = position + 1;
        }

        return (skip, skip + first);
    }

    /// <summary>An ISO-8601 date with its precision (<c>2024</c>, <c>2024-06</c>, <c>2024-06-19</c>), or null when not given.</summary>
    public static string? Date(IResolveFieldContext context, string argument)
    {
        var value = context.GetArgument<string?>(argument);
        return value is null || SeedFormats.IsDate(value)
            ? value
            : throw new ApiError(ErrorCodes.BadUserInput, $"'{argument}' must be an ISO-8601 date that exists: 2024, 2024-06 or 2024-06-19.") { Field = argument };
    }
}
