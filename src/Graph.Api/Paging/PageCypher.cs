namespace Graph.Api.Paging;

public static class PageCypher
{
    /// <summary>The item variable of <see cref="Collect"/>'s slice, over which the page's items are projected.</summary>
    public const string Item = "x";

    private const string AllProperties = $"{Item} {{.*, labels: labels({Item})}}";

    /// <summary>
    /// Ends a page statement: collects the sorted <paramref name="variable"/> and returns the total and
    /// the slice <c>[$skip..$end]</c> as <c>total</c> and <c>page</c> (what <see cref="Page.From"/> reads).
    /// Each item is <c>x {.*, labels: labels(x)}</c> until <see cref="Project"/> puts the compiled selection there.
    /// </summary>
    /// <remarks>
    /// Collected first, then projected: Neo4j 3.1 answers null for pattern comprehensions evaluated
    /// after a multi-key ORDER BY or some OPTIONAL MATCHes, but not over a collected list.
    /// </remarks>
    public static string Collect(string variable) => $$"""
        WITH collect({{variable}}) AS items
        RETURN size(items) AS total, [{{Item}} IN items[$skip..$end] | {{AllProperties}}] AS page
        """;

    /// <summary>A page statement (ending with <see cref="Collect"/>) whose items are <paramref name="map"/>, a projection over <see cref="Item"/>.</summary>
    public static string Project(string statement, string map)
    {
        var at = statement.LastIndexOf(AllProperties, StringComparison.Ordinal);
        return at < 0
            ? throw new InvalidOperationException("The page statement does not end with PageCypher.Collect.")
            : string.Concat(statement.AsSpan(0, at), map, statement.AsSpan(at + AllProperties.Length));
    }
}
