using Graph.Api.Paging;
using Graph.Neo4j.Client;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Articles;

/// <summary><c>Query.articles</c>: articles, a page at a time, by publisher, language, title and date range.</summary>
public static class ArticleQueries
{
    public const string List = "article";

    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ArticleConnectionType>>("articles")
            .Description("Articles, a page at a time, newest first unless said otherwise. Filters combine: all given must hold.")
            .Argument<IdGraphType>("publisher", "Only articles this outlet published.")
            .Argument<StringGraphType>("language", "Only articles in this language (BCP 47, e.g. `id`).")
            .Argument<StringGraphType>("text", "Only articles whose title contains this text (case ignored).")
            .Argument<StringGraphType>("from", "Only articles published on or after this ISO-8601 date (`2024`, `2024-06`, `2024-06-19`), compared at the date's precision.")
            .Argument<StringGraphType>("to", "Only articles published on or before this ISO-8601 date.")
            .Argument<ArticleSortType>("sort", "The order; newest first unless said otherwise.", a => a.DefaultValue = ArticleSortType.NewestFirst)
            .Paged("articles")
            .Resolve(Page);
    }

    private static object? Page(IResolveFieldContext context)
    {
        var filters = new Dictionary<string, object?>
        {
            ["publisher"] = context.GetArgument<string?>("publisher"),
            ["language"] = context.GetArgument<string?>("language"),
            ["text"] = PageArguments.LowerText(context),
        };
        var statement = ArticlePageCypher.BySort[context.GetArgument("sort", ArticleSortType.NewestFirst)];
        return PageArguments.Load(context, List, new Cypher("ArticlesPage", statement, filters), asOf: null);
    }
}
