using Graph.Api.Facts;
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
