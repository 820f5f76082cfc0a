using System.Text.RegularExpressions;
using Graph.Api.Tests.Support;
using Graph.Testing;
using Xunit;
using static Graph.Api.Tests.Questions.Asking;

namespace Graph.Api.Tests.Questions;

/// <summary>
/// The GraphQL blocks of the README's "Ask the graph", read from README.md itself and asked as written,
/// their answers compared with the graph asked directly. (The one-line questions 3 to 7 are asked in
/// <see cref="AnalystQuestionsTests"/>.)
/// </summary>
public sealed partial class ReadmeQueriesTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>, IDisposable
{
    private const string Deployment = "north-korean-troops-in-russia-2024";
    private const int DefaultPageSize = 20;

    private readonly DirectGraph _graph = new(factory.Neo4j);

    public void Dispose() => _graph.Dispose();

    [Fact]
    public async Task The_README_asks_two_questions_in_full()
    {
        var blocks = await ReadBlocksAsync();

        Assert.Equal(4, blocks.Count);
        Assert.All(blocks.Take(2), b => Assert.Contains($"claims(involving: \"{Deployment}\"", b, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Who_said_up_to_12000_as_the_README_asks_it_names_asserters_outlet_and_article()
    {
        var query = (await ReadBlocksAsync())[0];
        var (answer, expected) = await AskWhileStillAsync(() => _graph.ClaimsInvolvingAsync(Deployment), () => factory.AskAsync(query));

        var claims = EdgeNodes(answer["claims"]);
        Assert.True(expected.Count > 1);
        Assert.Equal(Math.Min(DefaultPageSize, expected.Count), claims.Count); // the README's query asks for no ids
        var upTo = Assert.Single(claims, c => (double?)c["quantity"]?["value"] == 12000 && (string?)c["quantity"]?["qualifier"] == "UP_TO");
        Assert.Equal(["South Korean intelligence", "US intelligence", "Ukrainian intelligence"],
            upTo["attributedTo"]!.AsArray().Select(a => (string)a!["name"]!).Order(StringComparer.Ordinal));
        Assert.Equal("NTV", (string?)upTo["via"]![0]!["name"]);
        Assert.Equal(["Jatim Times", "Naharnet"], upTo["reportedIn"]!.AsArray().Select(a => (string)a!["publisher"]!["name"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Which_figures_disagree_as_the_README_asks_it_relates_the_figures_and_the_denial()
    {
        var query = (await ReadBlocksAsync())[1];
        var (answer, expected) = await AskWhileStillAsync(() => _graph.ClaimsInvolvingWithPredicateAsync(Deployment, "troops-sent"), () => factory.AskAsync(query));

        var claims = EdgeNodes(answer["claims"]);
        Assert.True(expected.Count > 3);
        Assert.Equal(Math.Min(DefaultPageSize, expected.Count), claims.Count); // the README's query asks for no ids

        // "Up to 12,000": three origins, and it agrees with "tens of thousands" (the ranges overlap).
        var upTo = claims.Single(c => (double?)c["quantity"]?["value"] == 12000);
        Assert.Equal(3, (int?)upTo["independentAsserters"]);
        Assert.Equal(["South Korea", "Ukraine", "United States"], upTo["independentOrigins"]!.AsArray().Select(o => (string)o!["name"]!).Order(StringComparer.Ordinal));
        var tensOfThousands = claims.Single(c => (double?)c["quantity"]?["low"] == 10000);
        Assert.Contains(upTo["relations"]!.AsArray(), r => (string?)r!["kind"] == "AGREES" && (string?)r["claim"]!["statement"] == (string?)tensOfThousands["statement"]);
        Assert.DoesNotContain(upTo["disagreesWith"]!.AsArray(), d => (double?)d!["quantity"]?["low"] == 10000);

        // The denial disagrees with assertions of the same month, each with a reason; disagreesWith is that subset.
        var denial = claims.Single(c => string.Equals((string?)c["stance"], "denied", StringComparison.OrdinalIgnoreCase));
        var disagreements = denial["relations"]!.AsArray().Where(r => (string?)r!["kind"] == "DISAGREES").ToList();
        Assert.NotEmpty(disagreements);
        Assert.All(disagreements, r => Assert.False(string.IsNullOrWhiteSpace((string?)r!["reason"])));
        Assert.Equal(disagreements.Count, denial["disagreesWith"]!.AsArray().Count);

        // "About 11,000" and "1,500" on the same day disagree.
        var about11000 = claims.Single(c => (double?)c["quantity"]?["value"] == 11000);
        Assert.Contains(about11000["disagreesWith"]!.AsArray(), d => (double?)d!["quantity"]?["value"] == 1500);
    }

    [Fact]
    public async Task Since_when_the_treaty_is_in_force_as_the_README_asks_it_names_the_day_and_its_sources()
    {
        var answer = await factory.AskAsync((await ReadBlocksAsync())[2]);

        var treaty = answer["node"]!;
        Assert.Equal("2024-12-04", (string?)treaty["inForceOn"]);
        var inForce = treaty["facts"]!.AsArray().Single(f => (string?)f!["name"] == "inForceOn")!;
        Assert.Equal("2024-12-04", (string?)inForce["value"]);
        var sources = inForce["supportedBy"]!.AsArray();
        Assert.NotEmpty(sources);
        Assert.All(sources, c => Assert.NotEmpty(c!["reportedIn"]!.AsArray()));
    }

    [Fact]
    public async Task What_changed_as_the_README_asks_it_lists_the_entry_into_force()
    {
        var answer = await factory.AskAsync((await ReadBlocksAsync())[3]);

        var changes = answer["changes"]!.AsArray().Select(c => c!).ToList();
        Assert.Contains(changes, c => (string?)c["kind"] == "FACT_CHANGED" && (string?)c["fact"]?["name"] == "inForceOn" && (string?)c["fact"]?["value"] == "2024-12-04");
        Assert.All(changes, c => Assert.InRange(string.CompareOrdinal((string)c["article"]!["publishedOn"]!, "2024-11-12"), 1, int.MaxValue));
    }

    private static async Task<List<string>> ReadBlocksAsync()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Neo4jServer.RepositoryRoot(), "README.md"));
        var start = readme.IndexOf("## Ask the graph", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md has no section \"Ask the graph\"");
        return [.. GraphQLBlock().Matches(readme[start..end]).Select(m => m.Groups["query"].Value)];
    }

    [GeneratedRegex(@"```graphql\n(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
