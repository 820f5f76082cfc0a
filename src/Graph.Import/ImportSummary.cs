namespace Graph.Import;

/// <summary>Created / updated / unchanged / removed nodes per kind (Country, Claim, Report, Article ...).</summary>
public sealed class ImportSummary
{
    private readonly SortedDictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Kinds => [.. _counts.Keys];

    public int Count(string kind, ChangeKind change) => _counts.TryGetValue(kind, out var c) ? c[(int)change] : 0;

    public int Total(ChangeKind change) => _counts.Values.Sum(c => c[(int)change]);

    /// <summary>True when the import changed nothing in the graph.</summary>
    public bool NothingChanged => Total(ChangeKind.Created) + Total(ChangeKind.Updated) + Total(ChangeKind.Removed) == 0;

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
    }

    public override string ToString() => string.Join(", ", _counts.Select(kv =>
        $"{kv.Key}: {kv.Value[0]} created, {kv.Value[1]} updated, {kv.Value[2]} unchanged, {kv.Value[3]} removed"));
}
