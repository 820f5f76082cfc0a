using Graph.Api.Entities;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Search;

/// <summary><c>Query.search</c>: things by name or alias in any language, ignoring case and diacritics.</summary>
public static class SearchQueries
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("search")
            .Description("Things whose name or alias matches, in any language, ignoring case and diacritics (\"korea utara\", \"DPRK\", \"Nordkorea\"), best match first.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for.")
            .Argument<IntGraphType>("first", "How many to return (at most 100).", a => a.DefaultValue = 10)
            .Argument<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds", "Only things of these kinds.")
            .ResolveAsync(async context =>
            {
                var folded = TextMatching.Fold(context.GetArgument<string>("text"));
                var text = TextMatching.SearchKey(folded);
                if (text.Length == 0)
                {
                    return Array.Empty<NodeRecord>();
                }

                var parameters = new Dictionary<string, object?>
                {
                    ["text"] = text,
                    ["words"] = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextMatching.SearchKey).Where(w => w.Length > 0).ToArray(),
                    ["kinds"] = context.GetArgument<List<object>?>("kinds")?.Select(k => k.ToString()!).ToArray() ?? [],
                    ["first"] = context.GetArgument("first", 10),
                };
                var result = await context.Neo4j().RunAsync(new Cypher("SearchEntities", SearchCypher.Entities, parameters) { Idempotent = true }, context.CancellationToken);
                return result.Map(row => NodeRecord.From(row["node"]));
            });
    }
}
