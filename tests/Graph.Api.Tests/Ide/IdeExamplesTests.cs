using System.Diagnostics;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Support;
using Graph.Testing;
using Xunit;

namespace Graph.Api.Tests.Ide;

/// <summary>
/// The example tabs the IDE opens with (ClientApp/src/examples.js) run on the seed without an error
/// and with an answer: an example that drifts from the schema or the seed fails here, not in front of an analyst.
/// </summary>
public sealed class IdeExamplesTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
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
        }
    }

    private static string FirstLine(string query) => query.Split('\n')[0];

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
