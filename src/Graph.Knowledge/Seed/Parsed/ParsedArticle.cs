using Graph.Knowledge.Model;

namespace Graph.Knowledge.Seed.Parsed;

public sealed record ParsedArticle
{
    /// <summary>The file name as problems show it (relative to the seed root when known).</summary>
    public required string File { get; init; }

    public required SourceLocation Location { get; init; }

    public SeedScalar? Id { get; init; }

    public SeedScalar? Title { get; init; }

    public SeedScalar? Url { get; init; }

    public SeedScalar? Publisher { get; init; }

    public IReadOnlyList<SeedScalar> Authors { get; init; } = [];

    public IReadOnlyList<SeedScalar> Editors { get; init; } = [];

    public SeedScalar? Published { get; init; }

    public SeedScalar? Language { get; init; }

    public SeedScalar? Section { get; init; }

    public IReadOnlyList<SeedScalar> Topics { get; init; } = [];

    public IReadOnlyList<SeedScalar> Cites { get; init; } = [];

    public IReadOnlyList<ParsedEntity> Declares { get; init; } = [];

    public IReadOnlyList<ParsedClaim> Claims { get; init; } = [];
}
