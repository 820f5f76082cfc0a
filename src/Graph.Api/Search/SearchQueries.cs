using Graph.Api.Entities;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Api.Reading;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Search;

/// <summary><c>Query.search</c>: things by name or alias in any language, ignoring case and diacritics.</summary>
public static class SearchQueries
{
    /// <summary>How <see cref="SearchCypher.Entities"/> returns each match; the compiled selection replaces it.</summary>
    private const string Returned = "RETURN e {.*, labels: labels(e)} AS node";

    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("search")
            .Description("Things whose name or alias matches, in any language, ignoring case and diacritics (\"korea utara\", \"DPRK\", \"Nordkorea\"), best match first.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for.")
            .Argument<IntGraphType>("first", "How many to return (at most 100).", a => a.DefaultValue = 10)
            .Argument<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds", "Only things of these kinds.")
            .Resolve(context =>
            {
                var folded = TextMatching.Fold(context.GetArgument<string>("text"));
                var text = TextMatching.SearchKey(folded);
                if (text.Length == 0)
                {
                    return new List<NodeRecord>();
                }

                var parameters = new Dictionary<string, object?>
                {
                    ["text"] = text,
                    ["words"] = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextMatching.SearchKey).Where(w => w.Length > 0).ToArray(),
                    ["kinds"] = context.GetArgument<List<object>?>("kinds")?.Select(k => k.ToString()!).ToArray() ?? [],
                    ["first"] = context.GetArgument("first", 10),
                };
                return RootStatement.Nodes(context, new Cypher("SearchEntities", SearchCypher.Entities, parameters), Returned, "e", asOf: null);
            });
    }
}
