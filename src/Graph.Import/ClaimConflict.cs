namespace Graph.Import;

/// <summary>
/// A claim an import would redefine although other articles, not part of the import, report it as
/// the graph holds it. <see cref="Index"/> is the claim's 0-based place in its article.
/// </summary>
public sealed record ClaimConflict(string ArticleId, string SourceFile, int Index, string ClaimId, IReadOnlyList<string> ReportedIn)
{
    public string Message =>
        $"claim '{ClaimId}' is already in the graph, reported by {string.Join(", ", ReportedIn.Select(a => $"'{a}'"))} and defined differently: " +
        "define it the same way (statement, predicate, about, value, quantity, stance, time, credibility) or give this claim a new id";
}
