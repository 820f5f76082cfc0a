using Graph.Knowledge.Model;

namespace Graph.Knowledge.Seed;

/// <summary>What resolution needs to know about a thing: enough to load from the database without the full definition.</summary>
public sealed record CatalogEntry(string Id, EntityKind Kind, string Name, IReadOnlyList<Alias> Aliases);
