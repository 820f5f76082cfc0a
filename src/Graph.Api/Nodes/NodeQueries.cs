using Graph.Api.Claims;
using Graph.Api.History;
using Graph.Api.Loading;
using Graph.Api.Reading;
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
            .Resolve(context =>
            {
                // One statement finds the node, checks it was known on the day and fetches the selection.
                var asOf = AsOf.Of(context);
                var selected = CompiledStatements.Of(context).Compile(context, asOf, asOf is not null,
                    static (compiler, dated) => NodeCypher.Selected(compiler.RootMap("x"), dated));
                var parameters = new Dictionary<string, object?>(selected.Parameters) { ["id"] = context.GetArgument<string>("id"), ["asOf"] = asOf };
                var statement = new Cypher("NodeSelected", selected.Text, parameters) { Idempotent = true };
                return ReadBatch.Of(context).Run(statement).Then(result =>
                    NodeRecord.List(result.Rows[0]["node"]) is [var node, ..]
                        ? node.Kind == Labels.Report ? ReportRecord.Fetched(node) : (object)node
                        : null);
            });
    }

    /// <summary>Any node by id, or null.</summary>
    public static async Task<NodeRecord?> FindAsync(Neo4jReader neo4j, string id, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["id"] = id };
        var result = await neo4j.RunAsync(new Cypher("NodeById", NodeCypher.ById, parameters) { Idempotent = true }, cancellationToken);
        return NodeRecord.FromNullable(result.Rows[0]["node"]);
    }
}
