using Graph.Neo4j.Client;
using GraphQL.DataLoader;

namespace Graph.Api.Reading;

/// <summary>
/// The statements of one GraphQL request's root fields (registered scoped). Each root field registers
/// its compiled statement with <see cref="Run"/> and returns the result unawaited; the executor starts
/// every root field before it awaits any, so the first await sends them all in one HTTP request (one
/// <c>tx/commit</c> with a list of statements). A statement registered after that goes in the next request.
/// Disposed with the request's scope, once the answer is written: it then returns the Neo4j answers' pooled buffers
/// (<see cref="CypherResult.ReleaseBuffers"/>), which every node of the request read its values from.
/// </summary>
public sealed class ReadBatch(Neo4jReader neo4j) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<Pending> _sent = [];
    private Pending? _open;

    /// <summary>This request's batch.</summary>
    public static ReadBatch Of(GraphQL.IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReadBatch>();

    public IDataLoaderResult<CypherResult> Run(Cypher statement)
    {
        lock (_gate)
        {
            if (_open is null || _open.Started)
            {
                _open = new Pending(neo4j, _gate);
                _sent.Add(_open);
            }

            return new Result(_open, _open.Add(statement));
        }
    }

    public void Dispose()
    {
        List<Pending> sent;
        lock (_gate)
        {
            sent = [.. _sent];
            _sent.Clear();
        }

        foreach (var batch in sent)
        {
            batch.Release();
        }
    }

    private sealed class Pending(Neo4jReader neo4j, Lock gate)
    {
        private readonly List<Cypher> _statements = [];
        private Task<IReadOnlyList<CypherResult>>? _sending;

        public bool Started => _sending is not null;

        public int Add(Cypher statement)
        {
            _statements.Add(statement);
            return _statements.Count - 1;
        }

        public async Task<CypherResult> GetAsync(int index, CancellationToken cancellationToken)
        {
            Task<IReadOnlyList<CypherResult>> sending;
            lock (gate)
            {
                sending = _sending ??= neo4j.RunAsync([.. _statements], cancellationToken);
            }

            return (await sending.ConfigureAwait(false))[index];
        }

        /// <summary>Returns the answer's buffers once it came (a request that failed or never left has none).</summary>
        public void Release()
        {
            if (_sending is { IsCompletedSuccessfully: true } sent)
            {
                foreach (var result in sent.Result)
                {
                    result.ReleaseBuffers();
                }
            }
        }
    }

    private sealed class Result(Pending batch, int index) : IDataLoaderResult<CypherResult>
    {
        public Task<CypherResult> GetResultAsync(CancellationToken cancellationToken = default) => batch.GetAsync(index, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
