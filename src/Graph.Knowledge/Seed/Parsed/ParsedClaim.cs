using Graph.Knowledge.Model;

namespace Graph.Knowledge.Seed.Parsed;

/// <summary>One item of an article's <c>claims:</c>: the claim and this article's report of it.</summary>
public sealed record ParsedClaim
{
    public required SourceLocation Location { get; init; }

    public required string Path { get; init; }

    /// <summary>1-based order in the article.</summary>
    public required int Position { get; init; }

    public SeedScalar? Id { get; init; }

    public SeedScalar? Statement { get; init; }

    public SeedScalar? Predicate { get; init; }

    public IReadOnlyList<SeedScalar> About { get; init; } = [];

    public SeedScalar? Value { get; init; }

    public ParsedQuantity? Quantity { get; init; }

    public SeedScalar? Stance { get; init; }

    public SeedScalar? Time { get; init; }

    public ParsedGrade? Credibility { get; init; }

    public SeedScalar? Quote { get; init; }

    public IReadOnlyList<SeedScalar> From { get; init; } = [];

    public IReadOnlyList<SeedReference> Via { get; init; } = [];

    public SeedScalar? How { get; init; }
}
