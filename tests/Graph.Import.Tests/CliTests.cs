using Graph.Cli;
using Graph.Neo4j;
using Graph.Neo4j.Client;
using Graph.Testing;
using Xunit;

namespace Graph.Import.Tests;

/// <summary>The <c>graph</c> command as a user runs it: exit codes, messages, and nothing written on bad input.</summary>
public sealed class CliTests(Neo4jFixture neo4j) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public async Task Validate_accepts_the_real_seed_without_a_database()
    {
        var (code, output, errors) = await RunAsync(() => throw new InvalidOperationException("validate must not need Neo4j"), "validate", TestSeed.RealSeed);

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("valid: ", output, StringComparison.Ordinal);
        Assert.Equal("", errors);
    }

    [Fact]
    public async Task Import_writes_nothing_when_any_file_is_invalid_and_names_the_place()
    {
        using var seed = new TestSeed();
        seed.WriteSampleArticle();
        File.WriteAllText(Path.Combine(seed.Root, "articles", "broken.yaml"), """
            id: broken-article
            title: Broken
            published: 2024-02-30
            language: en
            claims: []
            """);

        var (code, _, errors) = await RunAsync(() => neo4j.Options, "import", seed.Root);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("articles/broken.yaml:3:", errors, StringComparison.Ordinal);
        Assert.Contains("nothing was written", errors, StringComparison.Ordinal);
        var written = await neo4j.Client.RunAsync(new Cypher("TestArticleExists", "MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n",
            new Dictionary<string, object?> { ["ids"] = new[] { seed.ArticleId, "broken-article" } }));
        Assert.Equal(0L, written.Rows[0].GetInt64("n"));
    }

    [Fact]
    public async Task Import_then_retract_through_the_command_line()
    {
        using var seed = new TestSeed();
        var file = seed.WriteSampleArticle();

        var (imported, output, _) = await RunAsync(() => neo4j.Options, "import", file);
        var (retracted, _, _) = await RunAsync(() => neo4j.Options, "retract", seed.ArticleId);
        var (again, _, errors) = await RunAsync(() => neo4j.Options, "retract", seed.ArticleId);

        Assert.Equal(ExitCodes.Success, imported);
        Assert.Contains("imported: ", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, retracted);
        Assert.Equal(ExitCodes.InvalidInput, again);
        Assert.Contains($"no article '{seed.ArticleId}'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_one_file_cannot_redefine_a_claim_another_article_reports()
    {
        using var seed = new TestSeed();
        await RunAsync(() => neo4j.Options, "import", seed.WriteSampleArticle());
        var other = Path.Combine(seed.Root, "articles", "other.yaml");
        File.WriteAllText(other, $"""
            id: {seed.Prefix}-other
            title: Another article
            publisher: jatim-times
            published: 2024-11-14
            language: en
            claims:
              - id: {seed.Prefix}-troops
                statement: A different statement under the same claim id.
                predicate: troops-sent
                about: jatim-times
                quote: "something else"
            """);

        var (code, _, errors) = await RunAsync(() => neo4j.Options, "import", other);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains($"articles/other.yaml: claims[0]: claim '{seed.Prefix}-troops' is already in the graph, reported by '{seed.ArticleId}'", errors, StringComparison.Ordinal);
        var statement = await neo4j.Client.RunAsync(new Cypher("TestClaimStatement", "MATCH (c:Claim) WHERE $id IN c.names OPTIONAL MATCH (a:Article {id: $other}) RETURN c.statement AS s, count(a) AS n",
            new Dictionary<string, object?> { ["id"] = $"{seed.Prefix}-troops", ["other"] = $"{seed.Prefix}-other" }));
        Assert.Equal("Test claim about troops.", statement.Rows[0].GetString("s"));
        Assert.Equal(0L, statement.Rows[0].GetInt64("n"));
        await RunAsync(() => neo4j.Options, "retract", seed.ArticleId);
    }

    [Fact]
    public async Task Wrong_usage_exits_with_2()
    {
        var (code, _, errors) = await RunAsync(() => neo4j.Options, "import");

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.Contains("graph --help", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_neo4j_exits_with_3_and_a_clear_message()
    {
        var (code, _, errors) = await RunAsync(() => new Neo4jOptions { Uri = new Uri("http://127.0.0.1:9") }, "migrate");

        Assert.Equal(ExitCodes.Neo4jUnreachable, code);
        Assert.StartsWith("Neo4j is not reachable at http://127.0.0.1:9/: ", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Errors)> RunAsync(Func<Neo4jOptions> neo4j, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await GraphCommand.RunAsync(args, output, errors, neo4j);
        return (code, output.ToString(), errors.ToString());
    }
}
