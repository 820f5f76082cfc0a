using Graph.Api.Nodes;
using GraphQL.Types;

namespace Graph.Api.Entities;

public sealed class RelationType : ObjectGraphType<RelationRecord>
{
    public RelationType()
    {
        Name = "Relation";
        Description = "A tie between two things (leads, member of, signed, party to, took part in ...), seen from one of them.";
        Field<NonNullGraphType<StringGraphType>>("type").Description("The relationship type, e.g. LEADER_OF, SIGNED, PARTY_TO, TOOK_PART_IN.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<BooleanGraphType>>("outgoing").Description("True when the tie points from the thing you asked about to `entity`.").Resolve(c => c.Source.Outgoing);
        Field<NonNullGraphType<EntityInterface>>("entity").Description("The thing at the other end.").Resolve(c => c.Source.Node);
        Field<StringGraphType>("role").Description("The role held, e.g. \"Secretary of State\", \"Supreme Leader\".").Resolve(c => c.Source.Property("role"));
        Field<StringGraphType>("since").Description("Since when (ISO-8601 date with its precision).").Resolve(c => c.Source.Property("since"));
        Field<StringGraphType>("until").Description("Until when (ISO-8601 date with its precision).").Resolve(c => c.Source.Property("until"));
        Field<StringGraphType>("on").Description("When it happened, for signatures and ratifications (ISO-8601 date with its precision).").Resolve(c => c.Source.On ?? c.Source.Property("on"));
    }
}
