using Graph.Knowledge.Model;

namespace Graph.Knowledge.Seed;

public sealed class InMemoryEntityCatalog : IEntityCatalog
{
    private readonly Dictionary<string, CatalogEntry> byId;
    private readonly Dictionary<string, List<CatalogEntry>> byKey;

    /// <summary>Later entries replace earlier ones with the same id (duplicate ids are the validator's to report).</summary>
    public InMemoryEntityCatalog(IEnumerable<CatalogEntry> entries)
    {
        byId = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            byId[entry.Id] = entry;
        }

        byKey = new Dictionary<string, List<CatalogEntry>>(StringComparer.Ordinal);
        foreach (var entry in byId.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            foreach (var key in new[] { entry.Id, entry.Name }.Concat(entry.Aliases.Select(a => a.Text)).Select(TextMatching.SearchKey).Distinct())
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(entry);
            }
        }
    }

    public static InMemoryEntityCatalog Empty { get; } = new([]);

    public IReadOnlyCollection<CatalogEntry> Entries => byId.Values;

    public static InMemoryEntityCatalog FromDefinitions(IEnumerable<EntityDefinition> definitions) =>
        new(definitions.Select(d => new CatalogEntry(d.Id, d.Kind, d.Name, d.Aliases)));

    /// <summary>For callers that read things from the database: (id, kind, name, aliases).</summary>
    public static InMemoryEntityCatalog FromTuples(IEnumerable<(string Id, EntityKind Kind, string Name, IEnumerable<Alias> Aliases)> things) =>
        new(things.Select(t => new CatalogEntry(t.Id, t.Kind, t.Name, [.. t.Aliases])));

    /// <summary>This catalog plus more things (an article's inline declarations), which win on equal ids.</summary>
    public InMemoryEntityCatalog With(IEnumerable<CatalogEntry> more) => new(Entries.Concat(more));

    public CatalogEntry? FindById(string id) => byId.GetValueOrDefault(id);

    public EntityResolution Resolve(string reference)
    {
        if (byId.TryGetValue(reference, out var exact))
        {
            return new EntityResolution(reference, exact, [exact], null);
        }

        if (byKey.TryGetValue(TextMatching.SearchKey(reference), out var matches))
        {
            // Prefer a thing whose own name fits over one that only has it as an alias; then the smallest id, so the choice is stable.
            var key = TextMatching.SearchKey(reference);
            var chosen = matches.FirstOrDefault(m => TextMatching.SearchKey(m.Name) == key) ?? matches[0];
            return new EntityResolution(reference, chosen, matches, null);
        }

        return new EntityResolution(reference, null, [], TextMatching.Closest(reference, byId.Keys));
    }
}
