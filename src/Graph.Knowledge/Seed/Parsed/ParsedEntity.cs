using Graph.Knowledge.Model;

namespace Graph.Knowledge.Seed.Parsed;

public sealed record ParsedEntity
{
    public required SourceLocation Location { get; init; }

    public required string Path { get; init; }

    /// <summary>True when an article declared it inline under <c>declares:</c>.</summary>
    public bool Inline { get; init; }

    public SeedScalar? Id { get; init; }

    public SeedScalar? Kind { get; init; }

    public SeedScalar? Name { get; init; }

    public SeedScalar? Type { get; init; }

    public SeedScalar? Description { get; init; }

    public IReadOnlyList<ParsedAlias> Aliases { get; init; } = [];

    public IReadOnlyList<ParsedLink> Links { get; init; } = [];

    /// <summary>Date-valued properties by model name (<c>date</c>, <c>start</c>, <c>end</c>, <c>signedOn</c>, <c>inForceOn</c>).</summary>
    public IReadOnlyDictionary<string, SeedScalar> Dates { get; init; } = new Dictionary<string, SeedScalar>();

    /// <summary>List-valued properties by model name (<c>roles</c>, <c>obligations</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SeedScalar>> Lists { get; init; } = new Dictionary<string, IReadOnlyList<SeedScalar>>();

    public ParsedGrade? Reliability { get; init; }

    public EntityKind? KnownKind => Kind is not null && EntityKindExtensions.TryParseToken(Kind.Text, out var kind) ? kind : null;
}
