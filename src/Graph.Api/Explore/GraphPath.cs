namespace Graph.Api.Explore;

public sealed record GraphPath(IReadOnlyList<PathHop> Hops);
