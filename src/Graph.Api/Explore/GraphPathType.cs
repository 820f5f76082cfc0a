using GraphQL.Types;

namespace Graph.Api.Explore;

public sealed class GraphPathType : ObjectGraphType<GraphPath>
{
    public GraphPathType()
    {
        Name = "Path";
        Description = "How two things are connected: the shortest chain of ties between them (at most 4 steps).";
        Field<NonNullGraphType<IntGraphType>>("length").Description("The number of steps.").Resolve(c => c.Source.Hops.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathHopType>>>>("hops").Description("The steps, from the first thing to the second.").Resolve(c => c.Source.Hops);
    }
}
