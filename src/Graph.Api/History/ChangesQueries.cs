using Graph.Api.Facts;
using System.Text.Json;
using Graph.Api.Loading;
using Graph.Api.Reading;
using Graph.Api.Nodes;
using Graph.Knowledge.Model;
using Graph.Neo4j.Client;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.History;

/// <summary><c>changes(from:, to:)</c>: what became known between two days.</summary>
public static class ChangesQueries
{
    private static readonly string[] FactClaims = ["supportedBy", "contestedBy"];

    /// <summary>
    /// The kinds of thing whose facts a claim can change, compared with the <c>kind</c> property each thing
    /// carries (its label): one property read per thing a claim is about, where testing three labels cost three.
    /// </summary>
    private static readonly string[] ThingKinds = [Labels.Treaty, Labels.Event, Labels.Deployment];

    /// <summary>The change's fields that are a fact, as known at the end of <c>to</c> and of <c>from</c>.</summary>
    private static readonly string[] FactFields = ["fact", "before"];

    /// <summary>
    /// Every report in an article published after <c>$from</c> up to <c>$to</c>, in publication order, with
    /// its claim and when that claim was first reported; then each thing those claims are about that has
    /// facts, with the evidence of its facts at the end of <c>$to</c> (what was known at the end of
    /// <c>$from</c> is read from it: <see cref="FactCypher.Read"/>) and, when the selection shows the claims
    /// behind a fact, each claim about it as shown. The report, article, claim and thing are projected as
    /// the operation selects them, each article once (many reports share one); the <c>{n}</c> holes take the
    /// compiled maps (<see cref="Changes"/>). One statement. Each row is projected before the ORDER BY (Neo4j 3.1
    /// can answer null for pattern comprehensions after a multi-key ORDER BY), as a plain projection: built
    /// inside <c>collect()</c>, or grouped by a list of all the rows, 3.1 took twice as long (126 against 54 ms
    /// at 10^4 claims, the same 34k db hits).
    /// </summary>
    private static string Statement(string report, string article, string claim, string thing, string evidence, string claims) => $$"""
        MATCH (r:Report)-[:{{RelationshipTypes.In}}]->(a:Article)
        WHERE a.publishedOn > $from AND a.publishedOn <= $to
        MATCH (r)-[:{{RelationshipTypes.Reports}}]->(c:Claim)
        OPTIONAL MATCH (c)<-[:{{RelationshipTypes.Reports}}]-(:Report)-[:{{RelationshipTypes.In}}]->(b:Article)
        WITH r, a, c, min(b.publishedOn) AS first
        WITH a, r.position AS position, {report: {{report}}, article: a.id, claim: {{claim}}, first: first,
             things: [(c)-[:{{RelationshipTypes.About}}]->(e:Entity) WHERE e.kind IN $thingKinds | e.id]} AS row
        ORDER BY a.publishedOn, a.published, a.id, position
        WITH collect(row) AS rows, collect(DISTINCT a) AS articles
        WITH articles, rows, reduce(ids = [], row IN rows | ids + row.things) AS ids
        OPTIONAL MATCH (e:Entity)
        WHERE e.id IN ids
        WITH articles, rows, collect(e) AS found
        RETURN rows, [a IN articles | {{article}}] AS articles, [t IN found | {node: {{thing}}, evidence: {{evidence}}, claims: {{claims}}}] AS things
        """;

    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeType>>>>("changes")
            .Description("What became known between two days, in the order the articles were published: new claims, new reports of claims, and facts whose value or status changed, each with the article that brought it. " +
                "Counts the articles published after the end of `from` up to the end of `to`.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "The day before the window (`YYYY-MM-DD`): what was known at its end is the 'before'.")
            .Argument<NonNullGraphType<StringGraphType>>("to", "The last day of the window (`YYYY-MM-DD`).")
            .Resolve(Changes);
    }

    private static object? Changes(IResolveFieldContext context)
    {
        var from = AsOf.Day(context, "from")!;
        var to = AsOf.Day(context, "to")!;
        var compiled = CompiledStatements.Of(context).Compile(context, asOf: null, string.Empty, static (compiler, _) => Statement(
            compiler.RootMap("r", "report"),
            compiler.RootMap("a", "article"),
            compiler.RootMap("c", "claim"),
            compiler.RootMap("t", "thing"),
            FactCypher.EvidenceExpression("t", "$to", compiler.Variable),
            Shown(compiler, "t")));
        var parameters = new Dictionary<string, object?>(compiled.Parameters) { ["from"] = from, ["to"] = to, ["thingKinds"] = ThingKinds };
        return ReadBatch.Of(context).Run(new Cypher("Changes", compiled.Text, parameters) { Idempotent = true })
            .Then(result => result.Rows.Count == 0 ? [] : Read(result.Rows[0], from));
    }

    /// <summary>
    /// Each claim about <paramref name="thing"/> as the selections below <c>fact</c> and <c>before</c> show the
    /// claims behind them, merged into one map per claim (<see cref="FactCypher.ShownClaims"/>); an empty list
    /// when no claim behind a fact is selected.
    /// </summary>
    private static string Shown(SelectionCompiler compiler, string thing)
    {
        var paths = FactFields.SelectMany(fact => FactClaims.Select(claims => (IReadOnlyList<string>)[fact, claims])).Where(path => compiler.RootSelects([.. path])).ToArray();
        return paths.Length == 0 ? "[]" : FactCypher.ShownClaims(thing, ClaimVariable, compiler.RootMergedMap(ClaimVariable, paths));
    }

    private const string ClaimVariable = "shown";

    private static List<ChangeRecord> Read(CypherRow row, string from)
    {
        var changes = new List<ChangeRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var windowArticles = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);
        var articles = NodeRecord.List(row["articles"]).ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var item in row["rows"].EnumerateArray())
        {
            var article = articles[item.GetProperty("article").GetString()!];
            var claim = NodeRecord.From(item.GetProperty("claim"));
            var report = NodeRecord.From(item.GetProperty("report"));
            var first = item.GetProperty("first");
            var isNew = string.CompareOrdinal(first.ValueKind == JsonValueKind.String ? first.GetString() : null, from) > 0 && seen.Add(claim.Id);
            changes.Add(new ChangeRecord(isNew ? ChangeKind.NewClaim : ChangeKind.NewReport, article, claim, report.Id, null, null, null) { Report = report });
            windowArticles.TryAdd(claim.Id, article);
        }

        // In the order the batched evidence statement gave the things: by their earliest known claim.
        var things = row["things"].EnumerateArray()
            .Select(t => (Thing: t, Earliest: FactCypher.Read(t.GetProperty("evidence")).FirstOrDefault()))
            .Where(t => t.Earliest is not null)
            .OrderBy(t => t.Earliest!.FirstReportedOn, StringComparer.Ordinal)
            .ThenBy(t => t.Earliest!.Claim.Id, StringComparer.Ordinal)
            .Select(t => t.Thing);
        foreach (var thing in things)
        {
            var node = NodeRecord.From(thing.GetProperty("node"));
            var before = FactLoader.Shown(FactLoader.Settle(node, thing.GetProperty("evidence"), from), thing.GetProperty("claims"));
            foreach (var fact in FactLoader.Shown(FactLoader.Settle(node, thing.GetProperty("evidence")), thing.GetProperty("claims")))
            {
                var earlier = before.FirstOrDefault(f => f.Fact.Name == fact.Fact.Name);
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
                    changes.Add(new ChangeRecord(ChangeKind.FactChanged, brought, null, null, node, fact, earlier));
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
}
