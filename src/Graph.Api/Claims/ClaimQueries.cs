using Graph.Api.Errors;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Neo4j.Client;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Claims;

/// <summary><c>Query.claims</c>: claims filtered by what they involve, who asserted them and where they appeared, a page at a time.</summary>
public static class ClaimQueries
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ClaimConnectionType>>("claims")
            .Description("Claims, a page at a time, earliest reported first. Filters combine: all given must hold.")
            .Argument<IdGraphType>("involving", "Claims about this thing, or about any treaty, deployment or event it takes part in.")
            .Argument<IdGraphType>("attributedTo", "Claims this thing originated (asserted).")
            .Argument<IdGraphType>("reportedIn", "Claims reported in this article.")
            .Argument<StringGraphType>("text", "Claims whose English statement contains this text (case ignored).")
            .Argument<ClaimSortType>("sort", "The order; earliest reported first unless said otherwise.", a => a.DefaultValue = ClaimSortType.EarliestFirst)
            .Argument<IntGraphType>("first", "How many claims to return (at most 100).", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after", "Return the claims after this cursor (an `endCursor` or edge `cursor`).")
            .ResolveAsync(async c => await PageAsync(c));
    }

    private static async Task<object?> PageAsync(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", 20);
        var skip = 0;
        if (context.GetArgument<string?>("after") is { } after)
        {
            if (!ClaimCursor.TryDecode(after, out var position))
            {
                throw new ApiError(ErrorCodes.BadUserInput, "'after' is not a cursor this API gave out.");
            }

            skip = position + 1;
        }

        var text = context.GetArgument<string?>("text");
        var statement = context.GetArgument("sort", ClaimSortType.EarliestFirst) == ClaimSortType.LatestFirst
            ? ClaimCypher.PageLatestFirst
            : ClaimCypher.PageEarliestFirst;
        var parameters = new Dictionary<string, object?>
        {
            ["involving"] = context.GetArgument<string?>("involving"),
            ["attributedTo"] = context.GetArgument<string?>("attributedTo"),
            ["reportedIn"] = context.GetArgument<string?>("reportedIn"),
            ["text"] = string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant(),
            ["skip"] = skip,
            ["end"] = skip + first,
        };
        var result = await context.Neo4j().RunAsync(new Cypher("ClaimsPage", statement, parameters) { Idempotent = true }, context.CancellationToken);
        var row = result.Rows[0];
        return new ClaimPage(NodeRecord.List(row["page"]), skip, (int)row.GetInt64("total"));
    }
}
