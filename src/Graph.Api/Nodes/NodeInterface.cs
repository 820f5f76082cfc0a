using GraphQL.Types;

namespace Graph.Api.Nodes;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything in the graph with a stable, readable id (a slug such as `north-korea`): things, claims, reports and articles.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's unique id, a lower-case slug.");
    }
}
