namespace Graph.Api.Explore;

public sealed record GraphNode(string Id, string Kind, string Caption);
