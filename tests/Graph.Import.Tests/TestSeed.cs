using Graph.Knowledge.Seed;
using Graph.Testing;

namespace Graph.Import.Tests;

/// <summary>
/// A seed folder of a test's own: the shared things of seed/entities plus articles written by the
/// test, with ids no other test uses, so that tests may change and retract them in parallel.
/// </summary>
internal sealed class TestSeed : IDisposable
{
    public TestSeed()
    {
        Root = Directory.CreateTempSubdirectory("graph-seed-").FullName;
        Prefix = Neo4jFixture.UniqueId("a");
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        var entities = Directory.CreateDirectory(Path.Combine(Root, "entities")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(Neo4jServer.RepositoryRoot(), "seed", "entities")))
        {
            File.Copy(file, Path.Combine(entities, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    /// <summary>Starts every id the test's article declares.</summary>
    public string Prefix { get; }

    public string ArticleId => $"{Prefix}-article";

    public static string RealSeed => Path.Combine(Neo4jServer.RepositoryRoot(), "seed");

    public string WriteArticle(string yaml)
    {
        var path = Path.Combine(Root, "articles", $"{Prefix}.yaml");
        File.WriteAllText(path, yaml.Replace("{p}", Prefix, StringComparison.Ordinal));
        return path;
    }

    /// <summary>An article about things of its own (so that tests beside it never see its claims), three claims and reports with originators and relays.</summary>
    /// <param name="published">another publication time for the article than its own (2024-11-13).</param>
    public string WriteSampleArticle(bool edited = false, string? published = null) =>
        WriteArticle((edited ? EditedArticle : SampleArticle).Replace("published: 2024-11-13", $"published: {published ?? "2024-11-13"}", StringComparison.Ordinal));

    public SeedSet Read()
    {
        var seed = SeedReader.ReadPaths([Root]);
        Xunit.Assert.True(seed.IsValid, string.Join("\n", seed.Problems));
        return seed;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private const string SampleArticle = """
        id: {p}-article
        title: A test article about the deployment
        url: https://example.org/{p}
        publisher: jatim-times
        authors: [anisa-tri-saraswati]
        published: 2024-11-13
        language: en
        declares:
          - id: {p}-town
            kind: place
            type: city
            name: Test Town {p}
            locatedIn: russia
          - id: {p}-agency
            kind: organization
            type: intelligence-agency
            name: Test Agency {p}
          - id: {p}-wire
            kind: organization
            type: news-agency
            name: Test Wire {p}
          - id: {p}-drill
            kind: event
            type: other
            name: Test drill {p}
            date: 2024-11-13
            place: {p}-town
        claims:
          - id: {p}-troops
            statement: Test claim about troops.
            predicate: troops-sent
            about: [{p}-town]
            quantity: { value: 11000, qualifier: approximately, unit: troops }
            quote: "about 11,000 troops"
            from: [{p}-agency, jatim-times]
            via: [{p}-wire]
          - id: {p}-drill-held
            statement: A drill was held in the test town.
            predicate: held
            about: [{p}-drill]
            quote: "a drill was held"
            from: jatim-times
          - id: {p}-town-quiet
            statement: The test town is quiet.
            predicate: described-as
            about: [{p}-town]
            value: quiet
            quote: "the town is quiet"
            from: jatim-times
        """;

    // The edit: the drill claim and the drill are gone, a quote changed, a relay added.
    private const string EditedArticle = """
        id: {p}-article
        title: A test article about the deployment
        url: https://example.org/{p}
        publisher: jatim-times
        authors: [anisa-tri-saraswati]
        published: 2024-11-13
        language: en
        declares:
          - id: {p}-town
            kind: place
            type: city
            name: Test Town {p}
            locatedIn: russia
          - id: {p}-agency
            kind: organization
            type: intelligence-agency
            name: Test Agency {p}
          - id: {p}-wire
            kind: organization
            type: news-agency
            name: Test Wire {p}
        claims:
          - id: {p}-troops
            statement: Test claim about troops.
            predicate: troops-sent
            about: [{p}-town]
            quantity: { value: 11000, qualifier: approximately, unit: troops }
            quote: "about 11,000 troops, officials said"
            from: [{p}-agency, jatim-times]
            via: [{p}-wire, {p}-agency]
          - id: {p}-town-quiet
            statement: The test town is quiet.
            predicate: described-as
            about: [{p}-town]
            value: quiet
            quote: "the town is quiet"
            from: jatim-times
        """;
}
