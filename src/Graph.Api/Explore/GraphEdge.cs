namespace Graph.Api.Explore;

public sealed record GraphEdge(string Source, string Target, string Type);
