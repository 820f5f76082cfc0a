using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Ide;

/// <summary>
/// What each IDE example (ClientApp/src/examples.js) costs in Neo4j HTTP requests: one per read
/// operation, its whole selection compiled into one statement per root field and every root field's
/// statement sent in one request (issue 12). The examples not there yet are listed with their exact
/// count and why, so that the list can only shrink honestly.
/// </summary>
public sealed partial class IdeExampleRequestsTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    /// <summary>Operation name: its exact request count today and the reason it is not one.</summary>
    private static readonly Dictionary<string, (int Requests, string Why)> NotYetOne = new(StringComparer.Ordinal)
    {
        ["ImportArticle"] = (7, "a mutation: the write path sends its own requests, the article itself in one (counted by ArticleLifecycleTests; issue 12, part 3)"),
    };

    [Fact]
    public async Task Every_IDE_example_costs_one_Neo4j_request()
    {
        var examples = await IdeExamplesTests.ReadExamplesAsync();
        using var client = factory.CreateGraphQLClient();
        await client.PostAsync("{ node(id: \"warm-up\") { id } }"); // the client finds Neo4j's endpoint on its first request

        var counts = new List<string>();
        var wrong = new List<string>();
        foreach (var example in examples)
        {
            var query = (string)example!["query"]!;
            var operation = OperationName().Match(query).Groups["name"].Value;
            var variables = JsonNode.Parse((string?)example["variables"] ?? "{}");
            var before = factory.AppClient.RoundTrips;
            var response = await client.PostAsync(query, variables, importKey: query.Contains("\nmutation ", StringComparison.Ordinal) ? ApiFactory.ImportKey : null);
            var requests = factory.AppClient.RoundTrips - before;

            Assert.True(response.Errors.Count == 0, $"{operation}: {response}");
            var expected = NotYetOne.TryGetValue(operation, out var known) ? known.Requests : 1;
            counts.Add($"{operation}: {requests}");
            if (requests != expected)
            {
                wrong.Add($"{operation}: {requests} requests, expected {expected}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong) + "\nall: " + string.Join(", ", counts));
        Assert.All(NotYetOne.Keys, name => Assert.Contains(counts, c => c.StartsWith(name + ":", StringComparison.Ordinal)));
    }

    // Claims involving a seed thing, not the first claims of the whole graph: other test assemblies share the database, and
    // their fixtures' claims (some of whose things a test deletes) can be the earliest reported at that moment (a CI run
    // saw all five without things).
    [Fact]
    public async Task A_page_of_claims_with_what_they_are_about_is_one_request()
    {
        using var client = factory.CreateGraphQLClient();
        await client.PostAsync("{ node(id: \"warm-up\") { id } }");
        var before = factory.AppClient.RoundTrips;
        var response = await client.PostAsync("""
            { claims(involving: "north-korea", first: 5) { totalCount edges { node { id statement about { id ... on Entity { name } } other: about { id } } } } }
            """);

        Assert.Empty(response.Errors);
        Assert.Equal(1, factory.AppClient.RoundTrips - before);
        var nodes = response.Data!["claims"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Equal(5, nodes.Count);
        Assert.All(nodes, n => Assert.NotEmpty(n["about"]!.AsArray()));
        Assert.All(nodes, n => Assert.Equal(n["about"]!.AsArray().Select(a => (string?)a!["id"]), n["other"]!.AsArray().Select(a => (string?)a!["id"])));
    }

    [GeneratedRegex(@"^(query|mutation) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex OperationName();
}
