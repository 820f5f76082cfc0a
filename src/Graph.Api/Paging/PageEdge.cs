using Graph.Api.Nodes;

namespace Graph.Api.Paging;

public sealed record PageEdge(string Cursor, NodeRecord Node);
