using GraphQL.Types;

namespace Graph.Api.Paging;

public sealed class PageInfoType : ObjectGraphType<Page>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where this page stands in the whole list.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether more items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Description("The cursor of the page's last item; pass it as `after` for the next page.").Resolve(c => c.Source.EndCursor);
    }
}
