using Graph.Api.Paging;
using Graph.Knowledge.Model;

namespace Graph.Api.Articles;

/// <summary>A page of articles by publisher, language, title text and publication date; one statement per order.</summary>
public static class ArticlePageCypher
{
    private const string Filter = $$"""
        MATCH (a:Article)
        WHERE ($publisher IS NULL OR (a)-[:{{RelationshipTypes.PublishedBy}}]->(:Entity {id: $publisher}))
          AND ($language IS NULL OR a.language = $language)
          AND ($text IS NULL OR toLower(a.title) CONTAINS $text)
          AND ($from IS NULL OR substring(a.publishedOn, 0, size(coalesce($from, ''))) >= $from)
          AND ($to IS NULL OR substring(a.publishedOn, 0, size(coalesce($to, ''))) <= $to)
        WITH a
        """;

    private static readonly string Result = PageCypher.Collect("a");

    public static readonly IReadOnlyDictionary<string, string> BySort = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ArticleSortType.NewestFirst] = $"{Filter}\nORDER BY a.publishedOn DESC, coalesce(a.published, '') DESC, a.id\n{Result}",
        [ArticleSortType.OldestFirst] = $"{Filter}\nORDER BY a.publishedOn, coalesce(a.published, ''), a.id\n{Result}",
    };
}
