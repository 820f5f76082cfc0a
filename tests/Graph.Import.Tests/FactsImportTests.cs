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

    private const string Chief = """
        id: {p}-chief-article
        title: A new chief
        publisher: jatim-times
        published: 2024-11-14
        language: en
        declares:
          - id: {p}-chief
            kind: person
            name: Test Chief {p}
            leaderOf: { id: ukraine-defence-intelligence, role: head, since: 2020-08 }
        """;

    [Fact]
    public async Task A_declared_persons_role_date_is_a_claim_of_the_article_and_a_fact_of_the_person()
    {
        using var seed = new TestSeed();
        var p = seed.Prefix;
        seed.WriteArticle(Chief);
        await new SeedImporter(neo4j.Client).ImportAsync(seed.Read());

        var rows = await neo4j.Client.RunAsync(new Cypher("TestChiefEvidence", FactEvidenceCypher.Evidence,
            new Dictionary<string, object?> { ["keys"] = new[] { $"{p}-chief" }, ["asOf"] = null }));
        var facts = FactEvidenceCypher.Settle(Knowledge.Model.EntityKind.Person, $"{p}-chief",
            rows.Rows.Select(r => FactEvidenceCypher.Read(r["node"], r.GetString("firstReported"), r.GetStrings("origins"))));

        var since = Assert.Single(facts);
        Assert.Equal(("since:ukraine-defence-intelligence", "2020-08", Knowledge.Facts.FactStatus.SingleSource), (since.Name, since.Value, since.Status));
        var quote = await neo4j.Client.RunAsync(new Cypher("TestChiefQuote", """
            MATCH (:Entity {id: $thing})<-[:ABOUT]-(c:Claim)<-[:REPORTS]-(r:Report)-[:IN]->(a:Article)
            RETURN c.predicate + ' ' + coalesce(c.value, '') + ' / ' + r.quote + ' / ' + a.id AS said
            """, new Dictionary<string, object?> { ["thing"] = $"{p}-chief" }));
        Assert.Equal($"took-office head / ukraine-defence-intelligence: {{ since: 2020-08 }} / {p}-chief-article", Assert.Single(quote.Rows).GetString("said"));
        await new SeedImporter(neo4j.Client).RetractAsync($"{p}-chief-article");
    }

    [Fact]
    public async Task On_the_real_seed_no_thing_stores_a_date_every_one_is_a_claim()
    {
        var real = Knowledge.Seed.SeedReader.ReadPaths([TestSeed.RealSeed]);
        await new SeedImporter(neo4j.Client).ImportAsync(real);
        // Only the seed's things: tests beside this one import articles of their own.
        var things = new Dictionary<string, object?> { ["ids"] = real.Entities.Concat(real.Articles.SelectMany(a => a.Declares)).Select(e => e.Id).ToList() };

        var stored = await neo4j.Client.RunAsync(new Cypher("TestStoredDates", """
            MATCH (e:Entity)
            WHERE e.id IN $ids AND (e.date IS NOT NULL OR e.start IS NOT NULL OR e.end IS NOT NULL OR e.signedOn IS NOT NULL OR e.inForceOn IS NOT NULL)
            RETURN e.id AS id
            """, things));
        Assert.Empty(stored.Rows.Select(r => r.GetString("id")));
        // The seed's shared things declare no dated tie and no event place; the Jatim Times' declared clash keeps its place tie.
        var ties = await neo4j.Client.RunAsync(new Cypher("TestDatedTies", """
            MATCH (a:Entity)-[r]->(b:Entity)
            WHERE a.id IN $ids AND (r.since IS NOT NULL OR r.until IS NOT NULL OR r.on IS NOT NULL OR (a:Event AND type(r) = 'LOCATED_IN'))
            RETURN a.id + ' ' + type(r) + ' ' + b.id AS tie
            """, things));
        Assert.Equal(["kursk-clashes-2024-11 LOCATED_IN kursk-region"], ties.Rows.Select(r => r.GetString("tie")));
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
