using System.Text.Json;

namespace Graph.Bench.Questions;

/// <summary>One tab of the IDE (src/Graph.Api/ClientApp/src/examples.js): its operation name, text and variables.</summary>
public sealed record ExampleOperation(string Name, string Query, JsonElement Variables)
{
    /// <summary>
    /// Reads the examples as JSON (scripts/bench.sh writes them from examples.js with node), keeping
    /// the queries: mutations change the graph, so they are not timed.
    /// </summary>
    public static IReadOnlyList<ExampleOperation> ReadQueries(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var operations = new List<ExampleOperation>();
        foreach (var example in document.RootElement.EnumerateArray())
        {
            var query = example.GetProperty("query").GetString()!;
            var header = System.Text.RegularExpressions.Regex.Match(query, @"^\s*(query|mutation)\s+(\w+)", System.Text.RegularExpressions.RegexOptions.Multiline);
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
}
