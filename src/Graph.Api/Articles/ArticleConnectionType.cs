using Graph.Api.Paging;

namespace Graph.Api.Articles;

public sealed class ArticleConnectionType() : ConnectionGraphType<ArticleEdgeType>("ArticleConnection", "articles");
