using Graph.Api.Paging;
using Graph.Knowledge.Model;

namespace Graph.Api.Articles;

/// <summary>
/// A page of articles by publisher, language, title text and publication date; one statement per
/// start and order, both closed sets. Each start is an index lookup (<see cref="Page"/> picks the most
/// selective filter given); the filter after it keeps every condition given, the start's own too.
/// </summary>
public static class ArticlePageCypher
{
    private static readonly Dictionary<string, string> Starts = new(StringComparer.Ordinal)
    {
        // The outlet by its id (the Entity id constraint).
        ["publisher"] = $$"""
            MATCH (:Entity {id: $publisher})<-[:{{RelationshipTypes.PublishedBy}}]-(a:Article)
            WITH a
            """,
        // The article_language index.
        ["language"] = """
            MATCH (a:Article)
            WHERE a.language = $language
            WITH a
            """,
        // A range seek on article_published_on from $from (every article when not given): a date
        // that is on or after $from at $from's precision is on or after $from as text. A title text
        // starts here too: articles are a tenth of the claims, and on so few the planner of Neo4j 3.1
        // prefers a scan of every article to a text index (seen on the seed's eight).
        ["published"] = """
            MATCH (a:Article)
            WHERE a.publishedOn >= coalesce($from, '')
            WITH a
            """,
    };

    // Started from the publisher, its articles need no second walk to it (a pattern in a WHERE is walked for every row).
    private static string Filter(string start) => $$"""
        WHERE {{(start == "publisher" ? "true" : $"($publisher IS NULL OR (a)-[:{RelationshipTypes.PublishedBy}]->(:Entity {{id: $publisher}}))")}}
          AND ($language IS NULL OR a.language = $language)
          AND ($text IS NULL OR toLower(a.title) CONTAINS $text)
          AND ($from IS NULL OR substring(a.publishedOn, 0, size(coalesce($from, ''))) >= $from)
          AND ($to IS NULL OR substring(a.publishedOn, 0, size(coalesce($to, ''))) <= $to)
        WITH a
        """;

    private static readonly string Result = PageCypher.Collect("a");

    private static readonly Dictionary<string, string> Orders = new(StringComparer.Ordinal)
    {
        [ArticleSortType.NewestFirst] = "ORDER BY a.publishedOn DESC, coalesce(a.published, '') DESC, a.id",
        [ArticleSortType.OldestFirst] = "ORDER BY a.publishedOn, coalesce(a.published, ''), a.id",
    };

    // <start> + <filter> + <order> yields the ordered rows of one variable; a page statement collects them (PageCypher.Collect).
    private static readonly Dictionary<(string Start, string Sort), string> OrderedRows =
        Starts.SelectMany(start => Orders.Select(order => KeyValuePair.Create((start.Key, order.Key), string.Join('\n', start.Value, Filter(start.Key), order.Value))))
            .ToDictionary();

    private static readonly Dictionary<(string Start, string Sort), string> Pages = OrderedRows.ToDictionary(p => p.Key, p => p.Value + "\n" + Result);

    /// <summary>The articles the filters keep as rows of <c>a</c> in <paramref name="sort"/> order, starting from the publisher, else the language, else the dates.</summary>
    public static string Ordered(string sort, string? publisher, string? language) => OrderedRows[Key(sort, publisher, language)];

    /// <summary>A page statement: <see cref="Ordered"/> + <see cref="PageCypher.Collect"/>(<c>a</c>).</summary>
    public static string Page(string sort, string? publisher, string? language) => Pages[Key(sort, publisher, language)];

    private static (string, string) Key(string sort, string? publisher, string? language) =>
        (publisher is not null ? "publisher" : language is not null ? "language" : "published", sort);
}
