using GraphQL.DataLoader;

namespace Graph.Api.Loading;

/// <summary>What a resolver returns for one key: the executor collects these and asks for them once the whole level is resolved.</summary>
internal sealed class LoadResult<T>(LoaderBatch<T> batch, string key) : IDataLoaderResult<IReadOnlyList<T>>
{
    public Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default) => batch.GetAsync(key, cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
