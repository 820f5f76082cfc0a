using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Client;

/// <summary>An explicit transaction. Disposed without <see cref="CommitAsync"/>, it is rolled back.</summary>
public sealed class Neo4jTransaction : ICypherRunner, IAsyncDisposable
{
    private readonly Neo4jClient _client;
    private readonly Uri _location;
    private readonly ILogger _logger;
    private bool _finished;

    internal Neo4jTransaction(Neo4jClient client, Uri location, ILogger logger)
    {
        _client = client;
        _location = location;
        _logger = logger;
    }

    public async Task<CypherResult> RunAsync(Cypher statement, CancellationToken cancellationToken = default) =>
        (await RunAsync([statement], cancellationToken).ConfigureAwait(false))[0];

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<Cypher> statements, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            return (await _client.SendAsync(HttpMethod.Post, _location, statements, cancellationToken).ConfigureAwait(false)).Results;
        }
        catch
        {
            // Neo4j rolls a transaction back on any error in it.
            _finished = true;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        await _client.SendAsync(HttpMethod.Post, new Uri(_location + "/commit"), [], cancellationToken).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        await _client.SendAsync(HttpMethod.Delete, _location, [], cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        try
        {
            await RollbackAsync().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            // Neo4j rolls back a transaction left idle on its own (after dbms.transaction.timeout); nothing more to do.
            _logger.LogWarning(error, "Could not roll back transaction {Transaction}", _location);
        }
    }
}
