using Graph.Neo4j.Client;
using Graph.Testing;
using Xunit;

namespace Graph.Import.Tests;

/// <summary>
/// Nothing is overwritten silently (docs/model.md, "Facts come from claims"): a later file that gives
/// another value for a fact adds its claim beside the first, the import lists the fact as disputed, and
/// a file that drops its value removes only its own claim. On things of the test's own.
/// </summary>
public sealed class FactsImportTests(Neo4jFixture neo4j) : IClassFixture<Neo4jFixture>
{
    private const string First = """
        id: {p}-first
        title: The vote took place on Monday
        publisher: jatim-times
        published: 2024-11-12
        language: en
        claims:
          - id: {p}-vote-on-monday
            statement: The vote took place on 11 November 2024.
            predicate: voted
            about: {p}-vote
            time: 2024-11-11
            quote: the vote took place on Monday
            from: kcna
        """;

    private const string Second = """
        id: {p}-second
        title: The vote took place on Tuesday
        publisher: naharnet
        published: 2024-11-13
        language: en
        claims:
          - id: {p}-vote-on-tuesday
            statement: The vote took place on 12 November 2024.
            predicate: voted
            about: {p}-vote
            time: 2024-11-12
            quote: the vote took place on Tuesday
            from: ukrainian-intelligence
        """;

    [Fact]
    public async Task Another_value_is_added_beside_the_first_listed_as_disputed_and_dropping_it_removes_only_its_own_claim()
    {
        using var seed = new TestSeed();
        var p = seed.Prefix;
        File.WriteAllText(Path.Combine(seed.Root, "entities", $"{p}.yaml"), $"- id: {p}-vote\n  kind: event\n  type: other\n  name: Test vote {p}\n");
        seed.WriteArticle(First);
        var importer = new SeedImporter(neo4j.Client);
        var first = await importer.ImportAsync(seed.Read());
        Assert.DoesNotContain(first.DisputedFacts, f => f.StartsWith(p, StringComparison.Ordinal));

        var second = Path.Combine(seed.Root, "articles", $"{p}-second.yaml");
        File.WriteAllText(second, Second.Replace("{p}", p, StringComparison.Ordinal));
        var both = await importer.ImportAsync(seed.Read());

        // One source each (North Korea, Ukraine): neither settles the day.
        Assert.Contains($"{p}-vote date: no value settles between 2 claim(s)", both.DisputedFacts);
        Assert.Equal(["2024-11-11", "2024-11-12"], await TimesAsync(p));

        File.WriteAllText(second, Second.Replace("{p}", p, StringComparison.Ordinal).Split("claims:")[0]);
        var dropped = await importer.ImportAsync(seed.Read());

        Assert.Equal(1, dropped.Count("Claim", ChangeKind.Removed));
        Assert.Equal(["2024-11-11"], await TimesAsync(p));
        Assert.DoesNotContain(dropped.DisputedFacts, f => f.StartsWith(p, StringComparison.Ordinal));
        await importer.RetractAsync($"{p}-first");
        await importer.RetractAsync($"{p}-second");
    }

    private async Task<List<string>> TimesAsync(string prefix)
    {
        var result = await neo4j.Client.RunAsync(new Cypher("TestFactTimes", """
            MATCH (:Entity {id: $thing})<-[:ABOUT]-(c:Claim)
            RETURN c.time AS time ORDER BY time
            """, new Dictionary<string, object?> { ["thing"] = $"{prefix}-vote" }));
        return [.. result.Rows.Select(r => r.GetString("time"))];
    }
}
