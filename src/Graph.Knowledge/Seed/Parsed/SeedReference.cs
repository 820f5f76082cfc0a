namespace Graph.Knowledge.Seed.Parsed;

/// <summary>A reference to a thing, written as an id (or name) or as a map with attributes such as <c>role</c> or <c>how</c>.</summary>
public sealed record SeedReference(SeedScalar Target)
{
    public SeedScalar? Role { get; init; }

    public SeedScalar? Since { get; init; }

    public SeedScalar? Until { get; init; }

    /// <summary>The <c>date</c> of a signature or ratification (the key is not <c>on</c>: YAML 1.1 tools read <c>on</c> as true).</summary>
    public SeedScalar? On { get; init; }

    public SeedScalar? How { get; init; }
}
