using Graph.Api.Claims;
using Graph.Api.Entities;
using GraphQL.Types;

namespace Graph.Api.Explore;

public sealed class PathHopType : ObjectGraphType<PathHop>
{
    public PathHopType()
    {
        Name = "PathHop";
        Description = "One step of a path between two things, with the claims behind it.";
        Field<NonNullGraphType<EntityInterface>>("from").Description("Where the step starts (nearer the path's start).").Resolve(c => c.Source.From);
        Field<NonNullGraphType<EntityInterface>>("to").Description("Where the step ends.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<StringGraphType>>("type").Description("The relationship type, e.g. PARTY_TO, LEADER_OF.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<BooleanGraphType>>("forward").Description("True when the relationship points from `from` to `to`.").Resolve(c => c.Source.Forward);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims").Description("Claims about both ends of the step: what the tie rests on.").Resolve(c => c.Source.Claims);
    }
}
