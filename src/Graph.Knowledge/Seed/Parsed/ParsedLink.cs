namespace Graph.Knowledge.Seed.Parsed;

/// <summary>A relationship written under one of the relation keys of <see cref="RelationKeys"/>.</summary>
public sealed record ParsedLink(RelationKey Key, SeedReference Target);
