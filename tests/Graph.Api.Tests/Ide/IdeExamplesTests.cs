using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Graph.Api.Tests.Questions;
using Graph.Api.Tests.Support;
using Graph.Testing;
using Xunit;
using static Graph.Api.Tests.Questions.Asking;

namespace Graph.Api.Tests.Ide;

/// <summary>
/// The example tabs the IDE opens with (ClientApp/src/examples.js) run on the seed without an error
/// and with an answer: an example that drifts from the schema or the seed fails here, not in front of an analyst.
/// Each example's answer is checked against the graph asked directly (<see cref="DirectGraph"/>); a new
/// example without such a check fails <see cref="Every_example_tab_answers_on_the_seed"/>.
/// </summary>
[Collection(SeedPublisherTests.Collection)]
public sealed partial class IdeExamplesTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>, IDisposable
{
    private readonly DirectGraph _graph = new(factory.Neo4j);

    public void Dispose() => _graph.Dispose();

    [Fact]
    public async Task Every_example_tab_answers_on_the_seed()
    {
        var examples = await ReadExamplesAsync();
        Assert.True(examples.Count >= 8, $"only {examples.Count} examples");
        using var client = factory.CreateGraphQLClient();

        foreach (var example in examples)
        {
            var query = (string)example!["query"]!;
            var variables = JsonNode.Parse((string?)example["variables"] ?? "{}");
            var isMutation = query.Contains("\nmutation ", StringComparison.Ordinal);
            if (isMutation)
            {
                // The import example is a dry run unless the analyst changes it: it must stay one.
                Assert.True((bool)variables!["dryRun"]!, "the import example must default to a dry run");
                Assert.Contains("X-Import-Key", (string?)example["headers"], StringComparison.Ordinal);
            }

            var response = await client.PostAsync(query, variables, importKey: isMutation ? ApiFactory.ImportKey : null);

            Assert.True(response.Errors.Count == 0, $"{FirstLine(query)}: {response}");
            var data = response.Data!.AsObject();
            Assert.All(data, field => Assert.NotNull(field.Value));
            await CheckAnswerAsync(OperationName().Match(query).Groups["name"].Value, data, variables!);
        }
    }

    /// <summary>What each example must answer, compared with the graph asked directly.</summary>
    private async Task CheckAnswerAsync(string operation, JsonNode data, JsonNode variables)
    {
        switch (operation)
        {
            case "WhoSaidUpTo12000":
            {
                var expected = await _graph.ClaimsInvolvingAsync((string)variables["deployment"]!);
                Assert.True(expected.Count > 1);
                Assert.Equal(expected.Count, (int)data["claims"]!["totalCount"]!);
                AssertFirstPageOf(expected, ClaimIds(data["claims"]), 50);
                Assert.Contains(EdgeNodes(data["claims"]), c => (double?)c["quantity"]?["value"] == 12000 && c["attributedTo"]!.AsArray().Count == 3);
                break;
            }

            case "DisagreeingFigures":
            {
                var expected = await _graph.ClaimsInvolvingAsync((string)variables["deployment"]!);
                var claims = EdgeNodes(data["claims"]);
                Assert.Equal(Math.Min(50, expected.Count), claims.Count);
                Assert.Contains(claims, c => c["disagreesWith"]!.AsArray().Count > 0);
                break;
            }

            case "Treaty":
            {
                var treaty = (string)variables["treaty"]!;
                var expected = await _graph.ClaimsInvolvingAsync(treaty);
                Assert.True(expected.Count > 1);
                Assert.Equal(expected.Count, (int)data["claims"]!["totalCount"]!);
                var (relationships, neighbours) = await _graph.NeighboursAsync(treaty);
                Assert.InRange(relationships, 2, 50);
                Assert.Equal(neighbours.Append(treaty).Order(StringComparer.Ordinal), SortedIds(data["neighbourhood"]!["nodes"]));
                break;
            }

            case "BlinkenOnNorthKoreanSoldiers":
            {
                var expected = await _graph.ClaimsAttributedToAsync((string)variables["person"]!);
                Assert.True(expected.Count > 1);
                Assert.Equal(Math.Min(20, expected.Count), EdgeNodes(data["claims"]).Count);
                Assert.Equal("Antony Blinken", (string?)data["person"]!["name"]);
                break;
            }

            case "OfficersAndGenerals":
            {
                var reported = await _graph.ClaimsAttributedToAsync((string)variables["reporter"]!);
                var commented = await _graph.ClaimsAttributedToAsync((string)variables["commentator"]!);
                Assert.True(reported.Count > 1);
                Assert.NotEmpty(commented);
                Assert.Equal(Math.Min(20, reported.Count), EdgeNodes(data["reported"]).Count);
                Assert.Equal(Math.Min(20, commented.Count), EdgeNodes(data["commented"]).Count);
                Assert.Contains(EdgeNodes(data["reported"]), c => (double?)c["quantity"]?["value"] == 500);
                break;
            }

            case "Clashes":
            {
                var expected = await _graph.ClaimsInvolvingAsync((string)variables["place"]!);
                Assert.True(expected.Count > 1, $"{expected.Count} claims involve the place");
                Assert.Equal(Math.Min(20, expected.Count), EdgeNodes(data["claims"]).Count);
                Assert.Contains(EdgeNodes(data["claims"]), c => ((string?)c["statement"])!.Contains("clash", StringComparison.OrdinalIgnoreCase));
                break;
            }

            case "Search":
                Assert.Equal("north-korea", (string?)data["search"]![0]!["id"]);
                break;

            case "Neighbourhood":
            {
                var id = (string)variables["id"]!;
                var (relationships, neighbours) = await _graph.NeighboursAsync(id);
                Assert.InRange(relationships, 2, 100);
                Assert.Equal(neighbours.Append(id).Order(StringComparer.Ordinal), SortedIds(data["neighbourhood"]!["nodes"]));
                Assert.Equal(await _graph.EdgesAroundAsync(id),
                    data["neighbourhood"]!["edges"]!.AsArray().Select(e => $"{e!["source"]}>{e["target"]} {e["type"]}").Order(StringComparer.Ordinal));
                break;
            }

            case "Browse":
            {
                var events = (await _graph.DatedThingsAsync("Event")).Select(e => e.Split(' ')[1])
                    .Count(date => date.Length > 0 && string.CompareOrdinal(date, "2024-06"[..Math.Min(7, date.Length)]) >= 0 && string.CompareOrdinal(date[..Math.Min(7, date.Length)], "2024-11") <= 0);
                Assert.Equal(("2024-06", "2024-11"), ((string?)variables["from"], (string?)variables["to"]));
                Assert.True(events > 1);
                Assert.Equal(events, (int)data["events"]!["totalCount"]!);
                var articles = await _graph.ArticlesPublishedByAsync((string)variables["publisher"]!);
                Assert.NotEmpty(articles);
                Assert.Equal(articles.Count, (int)data["articles"]!["totalCount"]!);
                break;
            }

            case "TreatyInForce":
            {
                // The seed's articles: the treaty signed on 19 June 2024 (the day refines four articles' "June"), in force on 4 December 2024.
                var treaty = data["node"]!;
                Assert.Equal("2024-12-04", (string?)treaty["inForceOn"]);
                Assert.Equal("2024-06-19", (string?)treaty["signedOn"]);
                var facts = treaty["facts"]!.AsArray().Select(f => f!).ToList();
                var inForce = facts.Single(f => (string?)f["name"] == "inForceOn");
                Assert.Equal("2024-12-04", (string?)inForce["value"]);
                Assert.NotEmpty(inForce["supportedBy"]!.AsArray());
                Assert.All(inForce["supportedBy"]!.AsArray(), c => Assert.NotEmpty(c!["reportedIn"]!.AsArray()));
                var signed = facts.Single(f => (string?)f["name"] == "signedOn");
                Assert.Equal("REFINED", (string?)signed["status"]);
                Assert.True(signed["supportedBy"]!.AsArray().Count > 1);
                break;
            }

            case "WhatChanged":
            {
                var (from, to) = ((string)variables["from"]!, (string)variables["to"]!);
                var changes = data["changes"]!.AsArray().Select(c => c!).ToList();
                Assert.NotEmpty(changes);
                Assert.All(changes, c =>
                {
                    var published = (string)c["article"]!["publishedOn"]!;
                    Assert.True(string.CompareOrdinal(published, from) > 0 && string.CompareOrdinal(published, to) <= 0, $"{published} is outside ({from}, {to}]");
                });
                Assert.Contains(changes, c => (string?)c["kind"] == "FACT_CHANGED" && (string?)c["thing"]?["id"] == "russia-dprk-strategic-partnership-treaty"
                    && (string?)c["fact"]?["name"] == "inForceOn" && (string?)c["fact"]?["value"] == "2024-12-04");
                Assert.Contains(changes, c => (string?)c["kind"] == "NEW_CLAIM");
                break;
            }

            case "ImportArticle":
            {
                var result = data["importArticle"]!;
                Assert.True((bool)result["dryRun"]!);
                Assert.Equal((string?)variables["input"]!["id"], (string?)result["articleId"]);
                break;
            }

            default:
                Assert.Fail($"the example {operation} has no check of its answer in IdeExamplesTests");
                break;
        }
    }

    private static List<string> ClaimIds(JsonNode? connection) => [.. EdgeNodes(connection).Select(n => (string)n["id"]!)];

    private static string FirstLine(string query) => query.Split('\n')[0];

    [GeneratedRegex(@"^(query|mutation) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex OperationName();

    internal static async Task<JsonArray> ReadExamplesAsync()
    {
        var script = Path.Combine(Neo4jServer.RepositoryRoot(), "src", "Graph.Api", "ClientApp", "src", "examples.js");
        var start = new ProcessStartInfo("node", ["--input-type=module", "-e",
            $"const m = await import({System.Text.Json.JsonSerializer.Serialize(new Uri(script).AbsoluteUri)}); console.log(JSON.stringify(m.examples));"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync();
        var errors = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"node could not read examples.js: {errors}");
        return JsonNode.Parse(output)!.AsArray();
    }
}
