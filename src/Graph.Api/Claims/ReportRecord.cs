using Graph.Api.Nodes;

namespace Graph.Api.Claims;

/// <summary>
/// One report of a claim: loaded with its article, originators and relays in one go, or (<see cref="Fetched"/>)
/// a report whose fields the compiled statement fetched into <see cref="Report"/>; its other parts are then empty.
/// </summary>
public sealed record ReportRecord(NodeRecord Report, NodeRecord? Article, IReadOnlyList<NodeRecord> OriginatedBy, IReadOnlyList<RelayRecord> Via)
{
    public static ReportRecord Fetched(NodeRecord report) => new(report, null, [], []);
}
