using Graph.Neo4j.Client;
using GraphQL.DataLoader;

namespace Graph.Api.Loading;

/// <summary>One field's loader for one request: batches the keys of a level into one statement and remembers the answers.</summary>
internal sealed class BatchLoader<T>(Neo4jReader neo4j, BatchQuery<T> query, IReadOnlyDictionary<string, object?> parameters)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LoaderBatch<T>> _byKey = new(StringComparer.Ordinal);
    private LoaderBatch<T>? _open;

    public IDataLoaderResult<IReadOnlyList<T>> Load(string key)
    {
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out var batch))
            {
                if (_open is null || _open.Started)
                {
                    _open = new LoaderBatch<T>(neo4j, query, parameters, _gate);
                }

                batch = _open;
                batch.Add(key);
                _byKey[key] = batch;
            }

            return new LoadResult<T>(batch, key);
        }
    }
}
