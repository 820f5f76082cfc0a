using Graph.Api.Nodes;

namespace Graph.Api.Claims;

public sealed record ClaimEdge(string Cursor, NodeRecord Node);
