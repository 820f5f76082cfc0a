using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;
using Graph.Testing;
using Xunit;

namespace Graph.Import.Tests;

/// <summary>The real seed/: imported (never removed, so tests running beside these may rely on it).</summary>
public sealed class SeedImportTests(Neo4jFixture neo4j) : IClassFixture<Neo4jFixture>
{
    private const string SeedArticle = "2024-11-12-jatimtimes-rusia-korea-utara-aliansi";

    [Fact]
    public async Task The_seed_imports_with_every_claim_reported_in_its_article()
    {
        var seed = SeedReader.ReadPaths([TestSeed.RealSeed]);
        Assert.True(seed.IsValid, string.Join("\n", seed.Problems));

        var summary = await new SeedImporter(neo4j.Client).ImportAsync(seed);

        // The table counts claims and reports apart: a claim several articles report is one claim.
        var claims = seed.Articles.SelectMany(a => a.Claims).Select(c => c.Claim.NodeId).Distinct().Count();
        var reports = seed.Articles.Sum(a => a.Claims.Count);
        Assert.True(claims < reports, $"{claims} claims, {reports} reports");
        Assert.Equal(claims, Enum.GetValues<ChangeKind>().Where(c => c != ChangeKind.Removed).Sum(c => summary.Count("Claim", c)));
        Assert.Equal(reports, Enum.GetValues<ChangeKind>().Where(c => c != ChangeKind.Removed).Sum(c => summary.Count("Report", c)));

        var article = Assert.Single(seed.Articles, a => a.Id == SeedArticle);
        var counts = await RowAsync("""
            MATCH (a:Article {id: $id})<-[:IN]-(r:Report)-[:REPORTS]->(c:Claim)
            RETURN count(DISTINCT r) AS reports, count(DISTINCT c) AS claims
            """, ("id", SeedArticle));
        Assert.Equal(article.Claims.Count, counts.GetInt64("reports"));
        Assert.Equal(article.Claims.Count, counts.GetInt64("claims"));
        var things = await RowAsync("MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e) AS n", ("ids", seed.Entities.Select(e => e.Id).ToList()));
        Assert.Equal(seed.Entities.Count, things.GetInt64("n"));
    }

    [Fact]
    public async Task Up_to_12000_troops_links_to_its_three_asserters_its_relay_and_the_article()
    {
        await ImportRealSeedAsync();

        var row = await RowAsync("""
            MATCH (c:Claim {quantityValue: 12000.0})-[:ABOUT]->(:Deployment {id: 'north-korean-troops-in-russia-2024'})
            MATCH (r:Report)-[:REPORTS]->(c)
            MATCH (r)-[:IN]->(a:Article {id: $article})-[:PUBLISHED_BY]->(p)
            OPTIONAL MATCH (r)-[:ORIGINATED_BY]->(o)
            OPTIONAL MATCH (r)-[v:RELAYED_BY]->(relay)
            RETURN c.quantityQualifier AS qualifier, a.id AS article, a.publishedOn AS publishedOn, p.id AS publisher,
                   collect(DISTINCT o.id) AS originators, collect(DISTINCT relay.id) AS relays
            """, ("article", SeedArticle));

        Assert.Equal("up-to", row.GetString("qualifier"));
        Assert.Equal(SeedArticle, row.GetString("article"));
        Assert.Equal("2024-11-12", row.GetString("publishedOn"));
        Assert.Equal("jatim-times", row.GetString("publisher"));
        Assert.Equal(["south-korean-intelligence", "ukrainian-intelligence", "us-intelligence"], row.GetStrings("originators").Order(StringComparer.Ordinal));
        Assert.Equal(["ntv"], row.GetStrings("relays"));

        // Naharnet reports the same claim under the same id: one claim, a second report.
        var reports = await RowAsync("""
            MATCH (c:Claim)<-[:REPORTS]-(:Report)-[:IN]->(a:Article)
            WHERE 'north-korea-sent-up-to-12000-troops-to-russia' IN c.names
            RETURN collect(a.id) AS articles
            """);
        Assert.Equal([SeedArticle, "2024-11-12-naharnet-north-korea-ratifies-defense-treaty"], reports.GetStrings("articles").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_two_figures_for_the_deployment_stay_two_claims_that_disagree()
    {
        await ImportRealSeedAsync();

        var result = await neo4j.Client.RunAsync(new Cypher("TestDeploymentSizes", """
            MATCH (:Article {id: $article})<-[:IN]-(:Report)-[:REPORTS]->(c:Claim)-[:ABOUT]->(:Deployment {id: 'north-korean-troops-in-russia-2024'})
            WHERE c.quantityUnit = 'troops'
            RETURN c.quantityQualifier AS qualifier, c.quantityValue AS value, c.quantityLow AS low, c.quantityHigh AS high
            ORDER BY qualifier
            """, new Dictionary<string, object?> { ["article"] = SeedArticle }));

        Assert.Equal(2, result.Rows.Count);
        Assert.Equal("range", result.Rows[0].GetString("qualifier"));
        Assert.Equal(10000, result.Rows[0].GetNullableDouble("low"));
        Assert.Equal("up-to", result.Rows[1].GetString("qualifier"));
        Assert.Equal(12000, result.Rows[1].GetNullableDouble("value"));
    }

    [Fact]
    public async Task Importing_the_seed_again_changes_nothing()
    {
        await ImportRealSeedAsync();
        var ids = await GraphSnapshot.IdsAroundAsync(neo4j.Client, SeedArticle);
        var before = await GraphSnapshot.TakeAsync(neo4j.Client, ids);

        var summary = await ImportRealSeedAsync();

        Assert.True(summary.NothingChanged, summary.ToString());
        Assert.True(summary.Total(ChangeKind.Unchanged) > 50, summary.ToString());
        Assert.Equal(before, await GraphSnapshot.TakeAsync(neo4j.Client, ids));
    }

    [Fact]
    public async Task Every_saved_browser_query_returns_rows_on_the_seed()
    {
        await ImportRealSeedAsync();
        var folder = Path.Combine(Neo4jServer.RepositoryRoot(), "schema", "browser");
        var files = Directory.GetFiles(folder, "*.cypher");
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var (text, parameters) = SavedQuery.Read(file);
            // A read, so safe to repeat: run again if it meets a node another test assembly deletes from the shared database meanwhile.
            var result = await neo4j.Client.RunAsync(new Cypher($"Browser:{Path.GetFileNameWithoutExtension(file)}", text, parameters) { Idempotent = true });
            Assert.True(result.Rows.Count > 0, $"{Path.GetFileName(file)} returned no rows");
        }
    }

    private Task<ImportSummary> ImportRealSeedAsync() =>
        new SeedImporter(neo4j.Client).ImportAsync(SeedReader.ReadPaths([TestSeed.RealSeed]));

    private async Task<CypherRow> RowAsync(string cypher, params (string Name, object? Value)[] parameters)
    {
        var result = await neo4j.Client.RunAsync(new Cypher("TestQuery", cypher, parameters.ToDictionary(p => p.Name, p => p.Value)));
        return Assert.Single(result.Rows);
    }
}
