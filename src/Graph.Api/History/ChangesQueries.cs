using Graph.Api.Facts;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Knowledge.Model;
using Graph.Neo4j.Client;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.History;

/// <summary><c>changes(from:, to:)</c>: what became known between two days.</summary>
public static class ChangesQueries
{
    /// <summary>Every report in an article published after <c>$from</c> up to <c>$to</c>, with its claim, when that claim was first reported, and the things it is about that have facts.</summary>
    public const string Reports = $$"""
        MATCH (r:Report)-[:{{RelationshipTypes.In}}]->(a:Article)
        WHERE a.publishedOn > $from AND a.publishedOn <= $to
        MATCH (r)-[:{{RelationshipTypes.Reports}}]->(c:Claim)
        OPTIONAL MATCH (c)<-[:{{RelationshipTypes.Reports}}]-(:Report)-[:{{RelationshipTypes.In}}]->(b:Article)
        WITH r, a, c, min(b.publishedOn) AS first
        ORDER BY a.publishedOn, a.published, a.id, r.position
        RETURN r.id AS report, a {.*, labels: labels(a)} AS article, c {.*, labels: labels(c)} AS claim, first,
               [(c)-[:{{RelationshipTypes.About}}]->(e:Entity) WHERE e:{{Labels.Treaty}} OR e:{{Labels.Event}} OR e:{{Labels.Deployment}} | e {.*, labels: labels(e)}] AS things
        """;

    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeType>>>>("changes")
            .Description("What became known between two days, in the order the articles were published: new claims, new reports of claims, and facts whose value or status changed, each with the article that brought it. " +
                "Counts the articles published after the end of `from` up to the end of `to`.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "The day before the window (`YYYY-MM-DD`): what was known at its end is the 'before'.")
            .Argument<NonNullGraphType<StringGraphType>>("to", "The last day of the window (`YYYY-MM-DD`).")
            .ResolveAsync(async c => await ChangesAsync(c));
    }

    private static async Task<object?> ChangesAsync(IResolveFieldContext context)
    {
        var from = AsOf.Day(context, "from")!;
        var to = AsOf.Day(context, "to")!;
        var neo4j = context.Neo4j();
        var result = await neo4j.RunAsync(new Cypher("Changes", Reports, new Dictionary<string, object?> { ["from"] = from, ["to"] = to }) { Idempotent = true }, context.CancellationToken);

        var changes = new List<ChangeRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var windowArticles = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);
        var things = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            var article = NodeRecord.From(row["article"]);
            var claim = NodeRecord.From(row["claim"]);
            var isNew = string.CompareOrdinal(row.GetString("first"), from) > 0 && seen.Add(claim.Id);
            changes.Add(new ChangeRecord(isNew ? ChangeKind.NewClaim : ChangeKind.NewReport, article, claim, row.GetString("report"), null, null, null));
            windowArticles.TryAdd(claim.Id, article);
            foreach (var thing in NodeRecord.List(row["things"]))
            {
                things.TryAdd(thing.Id, thing);
            }
        }

        var before = await FactsAsync(neo4j, things, from, context.CancellationToken);
        var after = await FactsAsync(neo4j, things, to, context.CancellationToken);
        foreach (var (id, facts) in after)
        {
            foreach (var fact in facts)
            {
                var earlier = before.GetValueOrDefault(id)?.FirstOrDefault(f => f.Fact.Name == fact.Fact.Name);
                if (earlier is not null && earlier.Fact.Value == fact.Fact.Value && earlier.Fact.Status == fact.Fact.Status)
                {
                    continue;
                }

                // The article that brought it: the earliest in the window reporting a claim behind the fact.
                var brought = fact.SupportedBy.Concat(fact.ContestedBy)
                    .Select(c => windowArticles.GetValueOrDefault(c.Id))
                    .OfType<NodeRecord>()
                    .OrderBy(a => a.Text("publishedOn"), StringComparer.Ordinal)
                    .FirstOrDefault();
                if (brought is not null)
                {
                    changes.Add(new ChangeRecord(ChangeKind.FactChanged, brought, null, null, things[id], fact, earlier));
                }
            }
        }

        return changes
            .Select((c, i) => (c, i))
            .OrderBy(x => x.c.Article.Text("publishedOn"), StringComparer.Ordinal)
            .ThenBy(x => x.i)
            .Select(x => x.c)
            .ToList();
    }

    private static async Task<Dictionary<string, List<FactRecord>>> FactsAsync(Neo4jReader neo4j, Dictionary<string, NodeRecord> things, string asOf, CancellationToken cancellationToken)
    {
        if (things.Count == 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?> { ["keys"] = things.Keys.ToList(), [AsOf.Argument] = asOf };
        var result = await neo4j.RunAsync(new Cypher(FactCypher.Evidence.Name, FactCypher.Evidence.Text, parameters) { Idempotent = true }, cancellationToken);
        return result.Rows
            .Select(row => (Key: row.GetString("key"), Row: FactCypher.Evidence.Read(row)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => FactLoader.Settle(things[g.Key], [.. g.Select(x => x.Row)]), StringComparer.Ordinal);
    }
}
