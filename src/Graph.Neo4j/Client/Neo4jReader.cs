using Graph.Neo4j.Errors;

namespace Graph.Neo4j.Client;

/// <summary>
/// The read path: every statement runs in a read transaction. Neo4j 4.4.4+ is told so with the
/// HTTP API's <c>access-mode: READ</c> header and refuses writes itself; Neo4j 3 has no such mode,
/// so a statement with a writing clause (<see cref="WriteClauses"/>) is refused here before it is
/// sent, on every version. Only the importer writes, through <see cref="Neo4jClient"/>.
/// </summary>
public sealed class Neo4jReader(Neo4jClient client) : ICypherRunner
{
    public const string AccessModeHeader = "access-mode";

    public async Task<CypherResult> RunAsync(Cypher statement, CancellationToken cancellationToken = default) =>
        (await RunAsync([statement], cancellationToken).ConfigureAwait(false))[0];

    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<Cypher> statements, CancellationToken cancellationToken = default)
    {
        foreach (var statement in statements)
        {
            if (WriteClauses.Find(statement.Text) is { } clause)
            {
                throw new Neo4jClientException("Neo.ClientError.Statement.AccessMode",
                    $"Statement {statement.Name} contains the writing clause {clause}; the read path only reads.");
            }
        }

        return client.RunAsync(statements, readOnly: true, cancellationToken);
    }
}
