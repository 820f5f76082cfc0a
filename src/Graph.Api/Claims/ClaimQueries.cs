using Graph.Api.History;
using Graph.Api.Imports;
using Graph.Api.Paging;
using Graph.Api.Reading;
using Graph.Neo4j.Client;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Claims;

/// <summary><c>Query.claims</c>: claims filtered by what they involve, who asserted them, where and when they appeared, a page at a time.</summary>
public static class ClaimQueries
{
    public const string List = "claim";

    /// <summary>The root field's name.</summary>
    public const string Field = "claims";

    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ClaimConnectionType>>(Field)
            .Description("Claims, a page at a time, earliest reported first. Filters combine: all given must hold.")
            .Argument<IdGraphType>("involving", "Claims about this thing, or about any treaty, deployment or event tied to it (for an event: only the claims about it).")
            .Argument<IdGraphType>("attributedTo", "Claims this thing originated (asserted).")
            .Argument<IdGraphType>("reportedIn", "Claims reported in this article.")
            .Argument<StringGraphType>("text", "Claims whose English statement contains this text (case ignored).")
            .Argument<StringGraphType>("predicate", "Claims with this predicate (e.g. `troops-sent`).")
            .Argument<StanceType>("stance", "Claims with this stance: ASSERTED or DENIED.")
            .Argument<IntGraphType>("minIndependentOrigins", "Claims backed by at least this many independent origins (see `Claim.independentOrigins`).")
            .Argument<StringGraphType>("from", "Claims first reported on or after this ISO-8601 date (`2024`, `2024-06`, `2024-06-19`), compared at the date's precision.")
            .Argument<StringGraphType>("to", "Claims first reported on or before this ISO-8601 date.")
            .Argument<ClaimSortType>("sort", "The order; earliest reported first unless said otherwise.", a => a.DefaultValue = ClaimSortType.EarliestFirst)
            .WithAsOf()
            .Paged("claims")
            .Resolve(Page);
    }

    private static object? Page(IResolveFieldContext context)
    {
        var involving = context.GetArgument<string?>("involving");
        var filters = new Dictionary<string, object?>
        {
            ["attributedTo"] = context.GetArgument<string?>("attributedTo"),
            ["reportedIn"] = context.GetArgument<string?>("reportedIn"),
            ["text"] = PageArguments.LowerText(context),
            ["predicate"] = context.GetArgument<string?>("predicate"),
            ["stance"] = context.GetArgument<string?>("stance"),
            ["minIndependentOrigins"] = context.GetArgument<int?>("minIndependentOrigins"),
            ["asOf"] = AsOf.Of(context),
        };
        if (involving is not null)
        {
            filters["involving"] = involving;
        }

        var start = ClaimCypher.StartFor(involving, (string?)filters["reportedIn"], (string?)filters["attributedTo"], (string?)filters["predicate"], (string?)filters["text"]);
        var statement = ClaimCypher.Page(new ClaimPageShape(start, context.GetArgument("sort", ClaimSortType.EarliestFirst) == ClaimSortType.LatestFirst,
            AttributedTo: filters["attributedTo"] is not null, ReportedIn: filters["reportedIn"] is not null, Dated: filters["asOf"] is not null,
            MinIndependentOrigins: filters["minIndependentOrigins"] is not null, Related: ReadsRelations(context)));

        return PageArguments.Load(context, List, new Cypher("ClaimsPage", statement, filters), AsOf.Of(context));
    }

    /// <summary>Whether the page's claims' relations are read: their candidates are then found once for the page (<see cref="ClaimCypher.SameSubject"/>).</summary>
    private static bool ReadsRelations(IResolveFieldContext context)
    {
        var compiler = new SelectionCompiler(context, asOf: null);
        return compiler.RootSelects("edges", "node", "relations") || compiler.RootSelects("edges", "node", "disagreesWith");
    }
}
