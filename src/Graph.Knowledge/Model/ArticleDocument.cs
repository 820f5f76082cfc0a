namespace Graph.Knowledge.Model;

/// <summary>One article file, with every reference resolved to an entity id.</summary>
public sealed record ArticleDocument(
    string Id,
    string Title,
    string? Url,
    string Publisher,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Editors,
    string Published,
    string PublishedOn,
    string Language,
    string? Section,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Cites,
    IReadOnlyList<EntityDefinition> Declares,
    IReadOnlyList<ClaimReport> Claims,
    string SourceFile);
