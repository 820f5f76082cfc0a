using Graph.Api.History;
using Graph.Api.Paging;
using Graph.Api.Search;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Entities;

/// <summary><c>Query.entities</c>: every thing, a page at a time, by kind, text and date range.</summary>
public static class EntityQueries
{
    public const string List = "entity";

    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<EntityConnectionType>>("entities")
            .Description("Things, a page at a time, by name unless said otherwise. Filters combine: all given must hold. (`search` ranks by how well a name fits; this lists.)")
            .Argument<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds", "Only things of these kinds.")
            .Argument<StringGraphType>("text", "Only things with this text in their name, an alias or their id, ignoring case and diacritics.")
            .Argument<StringGraphType>("from", "Only things dated on or after this ISO-8601 date (an event's date, a deployment's start, a treaty's signing), compared at the thing's precision.")
            .Argument<StringGraphType>("to", "Only things dated on or before this ISO-8601 date.")
            .Argument<EntitySortType>("sort", "The order; by name unless said otherwise.", a => a.DefaultValue = EntitySortType.ByName)
            .WithAsOf()
            .Paged("things")
            .Resolve(Page);
    }

    private static object? Page(IResolveFieldContext context)
    {
        var text = TextMatching.SearchKey(context.GetArgument<string?>("text") ?? string.Empty);
        var filters = new Dictionary<string, object?>
        {
            ["kinds"] = context.GetArgument<List<object>?>("kinds")?.Select(k => k.ToString()!).ToArray() ?? [],
            ["text"] = text.Length == 0 ? null : text,
            ["asOf"] = AsOf.Of(context),
        };
        var statement = EntityPageCypher.Page(context.GetArgument("sort", EntitySortType.ByName), filters["text"] is not null, ((string[])filters["kinds"]!).Length > 0, filters["asOf"] is not null);
        return PageArguments.Load(context, List, new Cypher("EntitiesPage", statement, filters), AsOf.Of(context));
    }
}
