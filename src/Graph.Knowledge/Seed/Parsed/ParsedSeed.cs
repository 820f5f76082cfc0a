namespace Graph.Knowledge.Seed.Parsed;

/// <summary>Everything read from a set of files, before validation, with the catalog references resolve against.</summary>
public sealed record ParsedSeed(IReadOnlyList<ParsedEntity> Entities, IReadOnlyList<ParsedArticle> Articles, IEntityCatalog Catalog);
