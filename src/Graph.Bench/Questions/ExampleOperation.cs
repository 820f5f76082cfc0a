using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Bench.Questions;

/// <summary>One tab of the IDE (src/Graph.Api/ClientApp/src/examples.js): its operation name, text and variables.</summary>
public sealed partial record ExampleOperation(string Name, string Query, JsonElement Variables)
{
    /// <summary>
    /// The IDE's examples that read, from the module the IDE itself loads (through node, as the IDE
    /// tests read it): mutations change the graph, so they are not timed.
    /// </summary>
    public static async Task<IReadOnlyList<ExampleOperation>> ReadIdeExamplesAsync(string repositoryRoot, CancellationToken cancellationToken = default)
    {
        var script = Path.Combine(repositoryRoot, "src", "Graph.Api", "ClientApp", "src", "examples.js");
        var start = new ProcessStartInfo("node", ["--input-type=module", "-e",
            $"const m = await import({JsonSerializer.Serialize(new Uri(Path.GetFullPath(script)).AbsoluteUri)}); process.stdout.write(JSON.stringify(m.examples));"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node to read examples.js");
        var output = node.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = node.StandardError.ReadToEndAsync(cancellationToken);
        await node.WaitForExitAsync(cancellationToken);
        return node.ExitCode == 0 ? Queries(await output) : throw new InvalidOperationException($"node could not read {script}: {await errors}");
    }

    /// <summary>The examples that read, from the JSON of the examples array.</summary>
    public static IReadOnlyList<ExampleOperation> Queries(string json)
    {
        using var document = JsonDocument.Parse(json);
        var operations = new List<ExampleOperation>();
        foreach (var example in document.RootElement.EnumerateArray())
        {
            var query = example.GetProperty("query").GetString()!;
            var header = Header().Match(query);
            if (!header.Success || header.Groups[1].Value != "query")
            {
                continue;
            }

            var variables = example.TryGetProperty("variables", out var text) && text.ValueKind == JsonValueKind.String
                ? JsonDocument.Parse(text.GetString()!).RootElement.Clone()
                : JsonDocument.Parse("{}").RootElement.Clone();
            operations.Add(new ExampleOperation(header.Groups[2].Value, query, variables));
        }

        return operations;
    }

    [GeneratedRegex(@"^\s*(query|mutation)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex Header();
}
