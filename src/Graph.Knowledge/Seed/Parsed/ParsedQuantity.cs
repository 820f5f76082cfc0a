using Graph.Knowledge.Model;

namespace Graph.Knowledge.Seed.Parsed;

public sealed record ParsedQuantity
{
    public required SourceLocation Location { get; init; }

    public required string Path { get; init; }

    public SeedScalar? Value { get; init; }

    public SeedScalar? Low { get; init; }

    public SeedScalar? High { get; init; }

    public SeedScalar? Unit { get; init; }

    public SeedScalar? Qualifier { get; init; }
}
