using GraphQL.Types;

namespace Graph.Api.Explore;

public sealed class GraphViewType : ObjectGraphType<GraphView>
{
    public GraphViewType()
    {
        Name = "GraphView";
        Description = "A piece of the graph to draw: nodes and the edges between them (what /explore shows).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>>("nodes").Description("The nodes, the one asked about first.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeType>>>>("edges").Description("The relationships between the nodes.").Resolve(c => c.Source.Edges);
    }
}
