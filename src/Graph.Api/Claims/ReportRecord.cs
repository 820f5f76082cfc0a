using Graph.Api.Nodes;

namespace Graph.Api.Claims;

/// <summary>One report of a claim, loaded with its article, originators and relays in one go.</summary>
public sealed record ReportRecord(NodeRecord Report, NodeRecord Article, IReadOnlyList<NodeRecord> OriginatedBy, IReadOnlyList<RelayRecord> Via);
