using Graph.Api.Articles;
using Graph.Api.Claims;
using Graph.Api.Entities;
using Graph.Api.Explore;
using Graph.Api.History;
using Graph.Api.Nodes;
using Graph.Api.Search;
using GraphQL.Types;

namespace Graph.Api;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Questions to ask the graph. Every answer about a fact can carry its provenance: who asserted it, who relayed it, where it was published.";
        NodeQueries.Add(this);
        SearchQueries.Add(this);
        ClaimQueries.Add(this);
        EntityQueries.Add(this);
        ArticleQueries.Add(this);
        ExploreQueries.Add(this);
        ChangesQueries.Add(this);
    }
}
