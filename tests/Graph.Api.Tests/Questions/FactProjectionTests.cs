using Graph.Api.Facts;
using Graph.Api.Nodes;
using Graph.Api.Tests.Support;
using Graph.Import;
using Graph.Neo4j.Client;
using Xunit;

namespace Graph.Api.Tests.Questions;

/// <summary>
/// The fact evidence a compiled statement fetches (<see cref="FactCypher.EvidenceExpression"/>, an
/// expression whose top-level origins are picked in C#) is what the batched statement
/// shared with the import (<see cref="FactEvidenceCypher.Evidence"/>) answers: the same claims, the same
/// first-reported day and the same independent origins, for every thing of the seed on several days; and
/// the evidence fetched for every day, read as of one of them, is the evidence of that day.
/// </summary>
public sealed class FactProjectionTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("2024-10-20")]
    [InlineData("2024-11-12")]
    public async Task The_compiled_evidence_is_the_batched_evidence_for_every_thing(string? asOf)
    {
        using var client = new Neo4jClient(factory.Neo4j);
        var things = (await client.RunAsync(new Cypher("TestThings", "MATCH (e:Entity) RETURN e.id AS id ORDER BY id"))).Map(r => r.GetString("id"));
        var batched = await client.RunAsync(new Cypher("TestBatchedEvidence", FactEvidenceCypher.Evidence, new Dictionary<string, object?> { ["keys"] = things, ["asOf"] = asOf }));
        var variables = 0;
        var expression = FactCypher.EvidenceExpression("x", "$asOf", () => $"v{variables++}");
        var compiled = await client.RunAsync(new Cypher("TestCompiledEvidence", Compiled(expression),
            new Dictionary<string, object?> { ["keys"] = things, ["asOf"] = asOf }));

        // What was known on the day, read from the evidence of every day (as `changes` reads its "before").
        var everything = await client.RunAsync(new Cypher("TestCompiledEvidence", Compiled(expression),
            new Dictionary<string, object?> { ["keys"] = things, ["asOf"] = null }));

        var expected = batched.Rows
            .Select(r => $"{r.GetString("key")} {NodeId(r)} {r.GetString("firstReported")} {string.Join(",", r.GetStrings("origins").Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal).ToList();
        var actual = Read(compiled, day: null);
        var readOnTheDay = Read(everything, asOf);

        Assert.True(expected.Count > (asOf is null ? 100 : 10), $"only {expected.Count} claims about things");
        Assert.True(asOf is not null || expected.Exists(e => e.Split(' ')[3].Contains(',', StringComparison.Ordinal)), "no claim with several origins to compare");
        Assert.Equal(expected, actual);
        Assert.Equal(expected, readOnTheDay);
    }

    [Fact]
    public async Task The_compiled_evidence_settles_every_thing_as_the_batched_evidence_from_the_properties_the_rules_read()
    {
        using var client = new Neo4jClient(factory.Neo4j);
        var things = (await client.RunAsync(new Cypher("TestThings", "MATCH (e:Entity) RETURN e.id AS id, e {.*, labels: labels(e)} AS node ORDER BY id")))
            .Map(r => (Id: r.GetString("id"), Node: NodeRecord.From(r["node"])));
        var keys = things.Select(t => t.Id).ToList();
        var batched = await client.RunAsync(new Cypher("TestBatchedEvidence", FactEvidenceCypher.Evidence, new Dictionary<string, object?> { ["keys"] = keys, ["asOf"] = null }));
        var variables = 0;
        var compiled = (await client.RunAsync(new Cypher("TestCompiledEvidence", Compiled(FactCypher.EvidenceExpression("x", "$asOf", () => $"v{variables++}")),
            new Dictionary<string, object?> { ["keys"] = keys, ["asOf"] = null }))).Rows.ToDictionary(r => r.GetString("key"), r => r["evidence"]);

        var claims = compiled.Values.SelectMany(e => e.EnumerateArray()).ToList();
        Assert.True(claims.Count > 100, $"only {claims.Count} claims about things");
        // The evidence reads of each claim what the rules read (the batched statement reads every property).
        Assert.All(claims, c => Assert.False(c.TryGetProperty("key", out _) || c.TryGetProperty("statementLower", out _) || c.TryGetProperty("names", out _), c.ToString()));
        Assert.Contains(claims, c => c.TryGetProperty("quantityValue", out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Number);

        var settled = 0;
        foreach (var (id, node) in things)
        {
            var rows = batched.Rows.Where(r => r.GetString("key") == id)
                .Select(r => new FactEvidenceRow(NodeRecord.From(r["node"]), r.GetString("firstReported"), r.GetStrings("origins"))).ToList();
            var expected = Describe(FactLoader.Settle(node, rows));
            Assert.Equal(expected, Describe(FactLoader.Settle(node, compiled[id])));
            settled += expected.Count;
        }

        Assert.True(settled > 10, $"only {settled} facts settled");
    }

    private static List<string> Describe(List<FactRecord> facts) =>
        [.. facts.Select(f => $"{f.Fact.Name}={f.Fact.Value} {f.Fact.Quantity} {f.Fact.Precision} {f.Fact.Status} by {f.ValueClaim?.Id} {f.ValueClaim?.Number("quantityValue")} "
            + $"+{string.Join(",", f.SupportedBy.Select(c => c.Id))} -{string.Join(",", f.ContestedBy.Select(c => c.Id))}")];

    /// <summary>The expression over each thing as a compiled statement places it: in the map of an item of a list comprehension.</summary>
    private static string Compiled(string expression) =>
        $"UNWIND $keys AS key MATCH (x:Entity {{id: key}}) WITH key, collect(x) AS things RETURN key, [x IN things | {expression}][0] AS evidence";

    private static List<string> Read(CypherResult result, string? day) =>
        [.. result.Rows
            .SelectMany(r => FactCypher.Read(r["evidence"], day).Select(e =>
                $"{r.GetString("key")} {e.Claim.Id} {e.FirstReportedOn} {string.Join(",", e.Origins.Order(StringComparer.Ordinal))}"))
            .Order(StringComparer.Ordinal)];

    private static string NodeId(CypherRow row) => row["node"].GetProperty("id").GetString()!;
}
