using Graph.Api.Nodes;

namespace Graph.Api.Facts;

/// <summary>A claim about a thing, when it was first reported and the independent origins of the reports counted.</summary>
public sealed record FactEvidenceRow(NodeRecord Claim, string FirstReportedOn, IReadOnlyList<string> Origins);
