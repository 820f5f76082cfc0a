using GraphQL.Types;

namespace Graph.Api.Articles;

public sealed class ArticleSortType : EnumerationGraphType
{
    public const string NewestFirst = "NEWEST_FIRST";
    public const string OldestFirst = "OLDEST_FIRST";

    public ArticleSortType()
    {
        Name = "ArticleSort";
        Description = "The order of a list of articles.";
        Add(NewestFirst, NewestFirst, "By publication, newest first.");
        Add(OldestFirst, OldestFirst, "By publication, oldest first.");
    }
}
