using Graph.Api.Paging;

namespace Graph.Api.Articles;

public sealed class ArticleEdgeType() : EdgeGraphType<ArticleType>("ArticleEdge", "article", "articles");
