namespace Graph.Import;

/// <summary>
/// Created / updated / unchanged / removed nodes per kind (Country, Claim, Report, Article ...). A node
/// that several articles of one import touch counts once, with what happened to it first ("created"
/// when the first article created it): a claim two articles report is one claim, with two reports.
/// </summary>
public sealed class ImportSummary
{
    private readonly SortedDictionary<string, Dictionary<string, ChangeKind>> _nodes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    /// <summary>
    /// The facts of the imported claims' things that claims now dispute, as
    /// <c>thing fact: value, contested by n claim(s)</c> or <c>thing fact: no value settles between n claim(s)</c> (docs/model.md, "Facts come from claims").
    /// </summary>
    public IReadOnlyList<string> DisputedFacts { get; set; } = [];

    public IReadOnlyList<string> Kinds => [.. _counts.Keys.Union(_nodes.Keys).Order(StringComparer.Ordinal)];

    public int Count(string kind, ChangeKind change) =>
        (_counts.TryGetValue(kind, out var c) ? c[(int)change] : 0)
        + (_nodes.TryGetValue(kind, out var nodes) ? nodes.Values.Count(v => v == change) : 0);

    public int Total(ChangeKind change) => Kinds.Sum(k => Count(k, change));

    /// <summary>True when the import changed nothing in the graph.</summary>
    public bool NothingChanged => Total(ChangeKind.Created) + Total(ChangeKind.Updated) + Total(ChangeKind.Removed) == 0;

    /// <summary>What happened to one node; the first word on a node stands, except that a change beats "unchanged".</summary>
    public void Add(string kind, ChangeKind change, string id)
    {
        if (!_nodes.TryGetValue(kind, out var nodes))
        {
            _nodes[kind] = nodes = new Dictionary<string, ChangeKind>(StringComparer.Ordinal);
        }

        if (!nodes.TryGetValue(id, out var before) || before == ChangeKind.Unchanged)
        {
            nodes[id] = change;
        }
    }

    /// <summary>Counts without ids (removals).</summary>
    public void Add(string kind, ChangeKind change, int count = 1)
    {
        if (count == 0)
        {
            return;
        }

        if (!_counts.TryGetValue(kind, out var c))
        {
            _counts[kind] = c = new int[4];
        }

        c[(int)change] += count;
    }

    public void Add(ImportSummary other)
    {
        foreach (var (kind, counts) in other._counts)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                Add(kind, (ChangeKind)i, counts[i]);
            }
        }

        foreach (var (kind, nodes) in other._nodes)
        {
            foreach (var (id, change) in nodes)
            {
                Add(kind, change, id);
            }
        }
    }

    public override string ToString() => string.Join(", ", Kinds.Select(k =>
        $"{k}: {Count(k, ChangeKind.Created)} created, {Count(k, ChangeKind.Updated)} updated, {Count(k, ChangeKind.Unchanged)} unchanged, {Count(k, ChangeKind.Removed)} removed"));
}
