using GraphQL.Types;

namespace Graph.Api.Paging;

/// <summary>One item of a page with the cursor to continue after it.</summary>
public abstract class EdgeGraphType<TNodeType> : ObjectGraphType<PageEdge>
    where TNodeType : IGraphType
{
    protected EdgeGraphType(string name, string item, string items)
    {
        Name = name;
        Description = $"One {item} of a page, with the cursor to continue after it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description($"Pass as `after` to get the {items} that follow this one.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {item}.").Resolve(c => c.Source.Node);
    }
}
