namespace Graph.Api.Explore;

/// <summary>What the graph view draws: nodes with a kind and a caption, and the edges between them.</summary>
public sealed record GraphView(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static GraphView Empty { get; } = new([], []);
}
