using Graph.Api.Nodes;
using Graph.Neo4j.Client;

namespace Graph.Api.Paging;

/// <summary>One page of a list (<see cref="List"/> names it in cursors): the items from position <see cref="Skip"/> on, and how many match in all.</summary>
public sealed record Page(string List, IReadOnlyList<NodeRecord> Items, int Skip, int Total)
{
    public IReadOnlyList<PageEdge> Edges => [.. Items.Select((item, i) => new PageEdge(PageCursor.Encode(List, Skip + i), item))];

    public bool HasNextPage => Skip + Items.Count < Total;

    public string? EndCursor => Items.Count == 0 ? null : PageCursor.Encode(List, Skip + Items.Count - 1);

    /// <summary>From a row with the columns <c>page</c> (the items) and <c>total</c>, as every page statement returns them.</summary>
    public static Page From(string list, CypherRow row, int skip) =>
        new(list, NodeRecord.List(row["page"]), skip, (int)row.GetInt64("total"));
}
