namespace Graph.Knowledge.Model;

/// <summary>
/// A thing as the seed declares it. <see cref="Properties"/> holds only the kind-specific names of
/// <see cref="EntityProperties"/>; values are a string or an <c>IReadOnlyList&lt;string&gt;</c>.
/// </summary>
public sealed record EntityDefinition(
    string Id,
    EntityKind Kind,
    string Name,
    string? Type,
    string? Description,
    IReadOnlyList<Alias> Aliases,
    IReadOnlyList<Link> Links,
    IReadOnlyDictionary<string, object> Properties,
    Grade? Reliability,
    SourceLocation Location);
