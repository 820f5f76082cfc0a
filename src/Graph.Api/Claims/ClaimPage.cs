using Graph.Api.Nodes;

namespace Graph.Api.Claims;

/// <summary>One page of claims: the claims from position <see cref="Skip"/> on, and how many match in all.</summary>
public sealed record ClaimPage(IReadOnlyList<NodeRecord> Claims, int Skip, int Total)
{
    public IReadOnlyList<ClaimEdge> Edges => [.. Claims.Select((claim, i) => new ClaimEdge(ClaimCursor.Encode(Skip + i), claim))];

    public bool HasNextPage => Skip + Claims.Count < Total;

    public string? EndCursor => Claims.Count == 0 ? null : ClaimCursor.Encode(Skip + Claims.Count - 1);
}
