namespace Graph.Neo4j.Client;

/// <summary>Something that runs Cypher: the client (auto-commit) or an open transaction.</summary>
public interface ICypherRunner
{
    Task<CypherResult> RunAsync(Cypher statement, CancellationToken cancellationToken = default);

    /// <summary>Runs several statements in one request, in order; in auto-commit mode they share one transaction.</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<Cypher> statements, CancellationToken cancellationToken = default);
}
