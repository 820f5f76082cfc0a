using System.Reflection;
using System.Text;
using Graph.Neo4j.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Neo4j.Schema;

/// <summary>
/// Applies <c>schema/neo4j/*.cypher</c> (embedded in this assembly) idempotently, then fills in the
/// folded text copies (<see cref="SearchProperties.Backfill"/>) and the reports' sort keys (<see cref="ReportSortKey.Backfill"/>)
/// older graphs lack. Each statement runs in its own request: schema and data never share a transaction.
/// </summary>
public sealed class SchemaMigrator(Neo4jClient client, ILogger<SchemaMigrator>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>The statements of <c>schema/neo4j/</c>, in file order.</summary>
    public static IReadOnlyList<SchemaStatement> Statements { get; } = LoadEmbedded();

    /// <summary>The data older graphs lack, filled in after the schema, only where missing.</summary>
    private static readonly IReadOnlyList<Cypher> Backfills = [.. SearchProperties.Backfill, ReportSortKey.Backfill];

    public async Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var server = await ServerInfo.ReadAsync(client, cancellationToken).ConfigureAwait(false);
        foreach (var statement in Statements)
        {
            var cypher = server.Major >= 4
                ? new Cypher($"Schema:{statement.Name}", statement.Text)
                : new Cypher($"Schema:{statement.Name}", SchemaDialect.ToNeo4j3(statement.Text)) { TranslatedFrom = statement.Text };
            await client.RunAsync(cypher with { Idempotent = true }, cancellationToken).ConfigureAwait(false);
        }

        // Data, so in requests of their own after the schema (3.1 refuses both in one transaction).
        foreach (var backfill in Backfills)
        {
            await client.RunAsync(backfill, cancellationToken).ConfigureAwait(false);
        }

        _logger.LogInformation("Schema applied: {Count} statements on Neo4j {Version}", Statements.Count, server.Version);
        return new MigrationResult(server, Statements.Count);
    }

    internal static IReadOnlyList<SchemaStatement> Parse(string file, string text)
    {
        var statements = new List<SchemaStatement>();
        var current = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            current.Append(current.Length == 0 ? "" : " ").Append(line.TrimEnd(';'));
            if (line.EndsWith(';'))
            {
                statements.Add(Named(file, current.ToString()));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            statements.Add(Named(file, current.ToString()));
        }

        return statements;
    }

    private static SchemaStatement Named(string file, string text)
    {
        // "CREATE CONSTRAINT entity_id IF NOT EXISTS ..." is named entity_id, "CREATE TEXT INDEX claim_statement_lower ..." claim_statement_lower.
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Equals("TEXT", StringComparison.OrdinalIgnoreCase)).ToArray();
        return new SchemaStatement(file, words.Length > 2 ? words[2] : text, text);
    }

    private static List<SchemaStatement> LoadEmbedded()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var statements = new List<SchemaStatement>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("schema/neo4j/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            statements.AddRange(Parse(name, reader.ReadToEnd()));
        }

        return statements;
    }
}
