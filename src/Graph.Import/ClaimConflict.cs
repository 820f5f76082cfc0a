namespace Graph.Import;

/// <summary>
/// A claim id an import would give to other content although articles outside the import already
/// name another claim with it. <see cref="Index"/> is the claim's 0-based place in its article;
/// <see cref="Differences"/> names the parts of the content that differ (predicate, about, value, quantity, time, stance).
/// </summary>
public sealed record ClaimConflict(string ArticleId, string SourceFile, int Index, string ClaimId, IReadOnlyList<string> ReportedIn, IReadOnlyList<string> Differences)
{
    public string Message =>
        $"claim '{ClaimId}' is already in the graph, reported by {string.Join(", ", ReportedIn.Select(a => $"'{a}'"))} with other content ({string.Join(", ", Differences)} differ): " +
        "one claim id means one claim; give this claim another id (the same content under any id is the same claim)";
}
