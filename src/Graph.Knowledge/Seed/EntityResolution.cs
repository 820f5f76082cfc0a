namespace Graph.Knowledge.Seed;

/// <summary>
/// The outcome of resolving a reference. <see cref="Entry"/> is null when nothing fits; when a name
/// or alias fits several things, <see cref="Candidates"/> lists them all and <see cref="Entry"/> is the one chosen.
/// </summary>
public sealed record EntityResolution(string Reference, CatalogEntry? Entry, IReadOnlyList<CatalogEntry> Candidates, string? Suggestion)
{
    public bool Found => Entry is not null;

    public bool Ambiguous => Candidates.Count > 1;
}
