using GraphQL.Types;

namespace Graph.Api.Imports;

public sealed class LinkInputType : InputObjectGraphType
{
    public LinkInputType()
    {
        Name = "LinkInput";
        Description = "A relationship from a declared thing to another thing, with the attributes its key allows (docs/seed-format.md, \"Keys by kind\").";
        Field<NonNullGraphType<StringGraphType>>("id").Description("The other thing: an id, or a name or alias.");
        Field<StringGraphType>("role").Description("For leaderOf, memberOf, affiliatedWith, participants: the role held.");
        Field<StringGraphType>("since").Description("For leaderOf, memberOf, affiliatedWith: from when (ISO date with its precision).");
        Field<StringGraphType>("until").Description("For leaderOf, memberOf, affiliatedWith: until when.");
        Field<StringGraphType>("date").Description("For signatories, ratifiedBy: when it was signed or ratified.");
    }
}
