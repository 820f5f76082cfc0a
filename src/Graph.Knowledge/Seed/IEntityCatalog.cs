namespace Graph.Knowledge.Seed;

/// <summary>The things references in a seed may point at: the seed's own entities, or the ones already in the graph.</summary>
public interface IEntityCatalog
{
    IReadOnlyCollection<CatalogEntry> Entries { get; }

    CatalogEntry? FindById(string id);

    /// <summary>By id first; then by name or alias, ignoring case and diacritics.</summary>
    EntityResolution Resolve(string reference);
}
