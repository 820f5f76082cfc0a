using Graph.Api.Claims;
using Graph.Api.History;
using Graph.Api.Loading;
using Graph.Knowledge.Model;
using Graph.Neo4j.Client;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Nodes;

/// <summary><c>Query.node</c>: anything by id; an unknown id is <c>null</c>, not an error.</summary>
public static class NodeQueries
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any thing, claim, report or article by its id; null when there is none (or, with `asOf`, when no article published by then carries it).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node's id, e.g. `north-korea`.")
            .WithAsOf()
            .ResolveAsync(async context =>
            {
                var asOf = AsOf.Of(context);
                if (await FindAsync(context.Neo4j(), context.GetArgument<string>("id"), context.CancellationToken) is not { } node
                    || (asOf is not null && !await KnownAsync(context.Neo4j(), node, asOf, context.CancellationToken)))
                {
                    return null;
                }

                // A report is shown with its article and chain, which come from the report query.
                return node.Kind == Labels.Report
                    ? context.Loaders().Load(ClaimCypher.ReportsById, node.Id).Then(reports => reports.Count > 0 ? reports[0] : null)
                    : node;
            });
    }

    /// <summary>Whether an article published by <paramref name="asOf"/> carries the node.</summary>
    private static async Task<bool> KnownAsync(Neo4jReader neo4j, NodeRecord node, string asOf, CancellationToken cancellationToken)
    {
        var label = node.IsEntity ? Labels.Entity : node.Kind;
        var parameters = new Dictionary<string, object?> { ["id"] = node.Id, ["asOf"] = asOf };
        var result = await neo4j.RunAsync(new Cypher($"NodeKnown{label}", NodeCypher.KnownByLabel[label], parameters) { Idempotent = true }, cancellationToken);
        return result.Rows[0].GetInt64("known") > 0;
    }

    /// <summary>Any node by id, or null.</summary>
    public static async Task<NodeRecord?> FindAsync(Neo4jReader neo4j, string id, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["id"] = id };
        var result = await neo4j.RunAsync(new Cypher("NodeById", NodeCypher.ById, parameters) { Idempotent = true }, cancellationToken);
        return NodeRecord.FromNullable(result.Rows[0]["node"]);
    }
}
