using GraphQL.Types;

namespace Graph.Api.Claims;

public sealed class ClaimConnectionType : ObjectGraphType<ClaimPage>
{
    public ClaimConnectionType()
    {
        Name = "ClaimConnection";
        Description = "A page of claims, with cursors to go on.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimEdgeType>>>>("edges").Description("The claims of this page, in order.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Whether more follow, and where to continue.").Resolve(c => c.Source);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many claims match in all.").Resolve(c => c.Source.Total);
    }
}
