using GraphQL.Types;

namespace Graph.Api.Explore;

public sealed class GraphEdgeType : ObjectGraphType<GraphEdge>
{
    public GraphEdgeType()
    {
        Name = "GraphEdge";
        Description = "A relationship to draw, from `source` to `target`.";
        Field<NonNullGraphType<IdGraphType>>("source").Description("The id of the node it starts from.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("target").Description("The id of the node it points to.").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<StringGraphType>>("type").Description("The relationship type, e.g. ABOUT, ORIGINATED_BY, DEPLOYED_TO.").Resolve(c => c.Source.Type);
    }
}
