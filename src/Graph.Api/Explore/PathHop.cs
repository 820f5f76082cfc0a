using System.Text.Json;
using Graph.Api.Nodes;

namespace Graph.Api.Explore;

/// <summary>One step of a path: two things, the tie between them, and the claims about both.</summary>
public sealed record PathHop(NodeRecord From, NodeRecord To, string Type, bool Forward, JsonElement Properties, IReadOnlyList<NodeRecord> Claims);
