using System.Collections.Concurrent;
using System.Text.Json;

namespace Graph.Neo4j.Client;

/// <summary>
/// Records every distinct statement the code sends, with its parameter names, so that the Cypher 5
/// gate (scripts/cypher-lint) can check the Cypher this code really runs. Off unless the
/// environment variable <c>GRAPH_CYPHER_RECORD</c> names a folder; each process writes its own file there.
/// </summary>
/// <remarks>
/// Each line says which path sent it: <c>"access": "read"</c> for <see cref="Neo4jReader"/> (the API's
/// reads, the only users of that path) and <c>"write"</c> for <see cref="Neo4jClient"/> itself (the
/// importer, the schema, test fixtures). A read also keeps the parameter values it was first sent with,
/// so that scripts/explain-check.mjs can EXPLAIN it as it ran.
/// </remarks>
internal static class CypherRecorder
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("GRAPH_CYPHER_RECORD");
    private static readonly ConcurrentDictionary<string, bool> Seen = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static void Record(Cypher statement, bool readOnly)
    {
        var text = statement.TranslatedFrom ?? statement.Text;
        if (string.IsNullOrEmpty(Folder) || !Seen.TryAdd((readOnly ? "read:" : "write:") + text, true))
        {
            return;
        }

        var record = new Dictionary<string, object?>
        {
            ["name"] = statement.Name,
            ["statement"] = text,
            ["parameters"] = statement.Parameters.Keys.ToArray(),
            ["access"] = readOnly ? "read" : "write",
        };
        if (readOnly)
        {
            record["values"] = statement.Parameters;
        }

        var line = JsonSerializer.Serialize(record);
        lock (Gate)
        {
            Directory.CreateDirectory(Folder);
            File.AppendAllText(Path.Combine(Folder, $"cypher-{Environment.ProcessId}.jsonl"), line + "\n");
        }
    }
}
