using GraphQL.Types;

namespace Graph.Api.Paging;

/// <summary>A page of a list in the Relay connection shape: edges with cursors, page info, total count.</summary>
public abstract class ConnectionGraphType<TEdgeType> : ObjectGraphType<Page>
    where TEdgeType : IGraphType
{
    protected ConnectionGraphType(string name, string items)
    {
        Name = name;
        Description = $"A page of {items}, with cursors to go on.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Description($"The {items} of this page, in order.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Whether more follow, and where to continue.").Resolve(c => c.Source);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description($"How many {items} match in all.").Resolve(c => c.Source.Total);
    }
}
