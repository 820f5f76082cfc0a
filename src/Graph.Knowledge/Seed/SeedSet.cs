using Graph.Knowledge.Model;

namespace Graph.Knowledge.Seed;

/// <summary>
/// What a seed read produced. <see cref="Entities"/> and <see cref="Articles"/> are filled only when
/// <see cref="Problems"/> is empty: nothing half-valid reaches the importer.
/// </summary>
public sealed record SeedSet(
    IReadOnlyList<EntityDefinition> Entities,
    IReadOnlyList<ArticleDocument> Articles,
    IReadOnlyList<SeedProblem> Problems,
    IReadOnlyList<SeedProblem> Warnings)
{
    public bool IsValid => Problems.Count == 0;
}
