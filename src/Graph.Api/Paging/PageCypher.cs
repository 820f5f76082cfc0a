namespace Graph.Api.Paging;

public static class PageCypher
{
    /// <summary>
    /// Ends a page statement: collects the sorted <paramref name="variable"/> and returns the total and
    /// the slice <c>[$skip..$end]</c> as <c>total</c> and <c>page</c> (what <see cref="Page.From"/> reads).
    /// </summary>
    public static string Collect(string variable) => $$"""
        WITH collect({{variable}}) AS items
        RETURN size(items) AS total, [x IN items[$skip..$end] | x {.*, labels: labels(x)}] AS page
        """;
}
