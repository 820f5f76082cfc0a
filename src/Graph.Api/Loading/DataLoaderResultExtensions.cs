using GraphQL.DataLoader;

namespace Graph.Api.Loading;

public static class DataLoaderResultExtensions
{
    /// <summary>Maps the loaded value once it is there, without another trip to Neo4j.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new MappedResult<TIn, TOut>(result, map);

    /// <summary>Both loaded values, combined once both are there (each still batched with its level).</summary>
    public static IDataLoaderResult<TOut> Zip<TA, TB, TOut>(this IDataLoaderResult<TA> first, IDataLoaderResult<TB> second, Func<TA, TB, TOut> combine) =>
        new ZippedResult<TA, TB, TOut>(first, second, combine);
}
