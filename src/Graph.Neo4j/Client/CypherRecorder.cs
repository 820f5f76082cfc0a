using System.Collections.Concurrent;
using System.Text.Json;

namespace Graph.Neo4j.Client;

/// <summary>
/// Records every distinct statement the code sends, with its parameter names, so that the Cypher 5
/// gate (scripts/cypher-lint) can check the Cypher this code really runs. Off unless the
/// environment variable <c>GRAPH_CYPHER_RECORD</c> names a folder; each process writes its own file there.
/// </summary>
internal static class CypherRecorder
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("GRAPH_CYPHER_RECORD");
    private static readonly ConcurrentDictionary<string, bool> Seen = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static void Record(Cypher statement)
    {
        var text = statement.TranslatedFrom ?? statement.Text;
        if (string.IsNullOrEmpty(Folder) || !Seen.TryAdd(text, true))
        {
            return;
        }

        var line = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["name"] = statement.Name,
            ["statement"] = text,
            ["parameters"] = statement.Parameters.Keys.ToArray(),
        });
        lock (Gate)
        {
            Directory.CreateDirectory(Folder);
            File.AppendAllText(Path.Combine(Folder, $"cypher-{Environment.ProcessId}.jsonl"), line + "\n");
        }
    }
}
