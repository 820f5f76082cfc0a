using Graph.Neo4j.Client;
using GraphQL;

namespace Graph.Api.Loading;

public static class ResolveFieldContextExtensions
{
    /// <summary>This request's loaders (resolvers batch through these rather than calling Neo4j per parent).</summary>
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphLoaders>();

    /// <summary>For root fields, which run once per request.</summary>
    public static Neo4jReader Neo4j(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<Neo4jReader>();
}
