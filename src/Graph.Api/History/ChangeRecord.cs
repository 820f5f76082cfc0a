using Graph.Api.Facts;
using Graph.Api.Nodes;

namespace Graph.Api.History;

/// <summary>One thing that became known, with the article that brought it.</summary>
public sealed record ChangeRecord(ChangeKind Kind, NodeRecord Article, NodeRecord? Claim, string? ReportId, NodeRecord? Thing, FactRecord? Fact, FactRecord? Before)
{
    /// <summary>The report as the operation's statement fetched it (its selection compiled), when it was.</summary>
    public NodeRecord? Report { get; init; }
}
