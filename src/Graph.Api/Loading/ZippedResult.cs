using GraphQL.DataLoader;

namespace Graph.Api.Loading;

/// <summary>Two loaded values turned into one field's value.</summary>
internal sealed class ZippedResult<TA, TB, TOut>(IDataLoaderResult<TA> first, IDataLoaderResult<TB> second, Func<TA, TB, TOut> combine) : IDataLoaderResult<TOut>
{
    public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var a = first.GetResultAsync(cancellationToken);
        var b = second.GetResultAsync(cancellationToken);
        return combine(await a.ConfigureAwait(false), await b.ConfigureAwait(false));
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
