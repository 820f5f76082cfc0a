using System.Collections.Concurrent;
using Graph.Neo4j.Client;
using GraphQL.DataLoader;

namespace Graph.Api.Loading;

/// <summary>
/// The loaders of one GraphQL request (registered scoped). However many parents a level has, each
/// field costs one Neo4j statement per level: that is what keeps round trips flat (no N+1).
/// </summary>
public sealed class GraphLoaders(Neo4jReader neo4j)
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public IDataLoaderResult<IReadOnlyList<T>> Load<T>(BatchQuery<T> query, string key) => Load(query, key, NoParameters, string.Empty);

    /// <param name="variant">tells apart uses of one query with different <paramref name="parameters"/>.</param>
    public IDataLoaderResult<IReadOnlyList<T>> Load<T>(BatchQuery<T> query, string key, IReadOnlyDictionary<string, object?> parameters, string variant)
    {
        var loader = (BatchLoader<T>)_loaders.GetOrAdd(query.Name + "\n" + variant, _ => new BatchLoader<T>(neo4j, query, parameters));
        return loader.Load(key);
    }
}
