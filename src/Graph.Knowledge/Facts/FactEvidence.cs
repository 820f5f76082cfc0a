using Graph.Knowledge.Model;

namespace Graph.Knowledge.Facts;

/// <summary>
/// A claim about a thing as known at some date: its content, the independent origins behind the
/// reports counted (the top-level actors, docs/model.md) and when it was first reported.
/// </summary>
public sealed record FactEvidence(ClaimDefinition Claim, IReadOnlyList<string> Origins, string FirstReportedOn);
