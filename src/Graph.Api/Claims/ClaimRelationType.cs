using GraphQL.Types;

namespace Graph.Api.Claims;

public sealed class ClaimRelationType : ObjectGraphType<ClaimRelationRecord>
{
    public ClaimRelationType()
    {
        Name = "ClaimRelation";
        Description = "How this claim stands to another one, computed from both claims' content, with the reason in plain language.";
        Field<NonNullGraphType<ClaimRelationKindType>>("kind").Description("Same, refines, refined by, agrees or disagrees.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ClaimType>>("claim").Description("The other claim.").Resolve(c => c.Source.Claim);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, e.g. \"the figures overlap: 10,000-99,999 troops and up to 12,000 troops\".").Resolve(c => c.Source.Reason);
    }
}
