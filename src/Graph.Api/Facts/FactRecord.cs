using Graph.Api.Nodes;
using Graph.Knowledge.Facts;

namespace Graph.Api.Facts;

/// <summary>A fact with the claim nodes behind it; <see cref="ValueClaim"/> is the claim whose value it settles on.</summary>
public sealed record FactRecord(Fact Fact, NodeRecord? ValueClaim, IReadOnlyList<NodeRecord> SupportedBy, IReadOnlyList<NodeRecord> ContestedBy);
