using Graph.Api.Nodes;

namespace Graph.Api.Claims;

/// <summary>One relay of a report: who passed the claim on, in which place of the chain, and how.</summary>
public sealed record RelayRecord(NodeRecord Entity, int Order, string? How);
