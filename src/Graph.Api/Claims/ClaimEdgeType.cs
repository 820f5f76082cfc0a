using GraphQL.Types;

namespace Graph.Api.Claims;

public sealed class ClaimEdgeType : ObjectGraphType<ClaimEdge>
{
    public ClaimEdgeType()
    {
        Name = "ClaimEdge";
        Description = "One claim of a page, with the cursor to continue after it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to get the claims that follow this one.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<ClaimType>>("node").Description("The claim.").Resolve(c => c.Source.Node);
    }
}
