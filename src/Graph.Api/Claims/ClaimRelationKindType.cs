using Graph.Knowledge.Claims;
using GraphQL.Types;

namespace Graph.Api.Claims;

public sealed class ClaimRelationKindType : EnumerationGraphType
{
    public ClaimRelationKindType()
    {
        Name = "ClaimRelationKind";
        Description = "How a claim stands to another claim with the same predicate about at least one of the same things.";
        Add("SAME", ClaimRelationKind.Same, "The same statement in another form (the same figure written another way, or about overlapping things).");
        Add("REFINES", ClaimRelationKind.Refines, "This claim says the same more precisely: a day within the other's month, a figure within the other's range, a figure or time the other does not give.");
        Add("REFINED_BY", ClaimRelationKind.RefinedBy, "The other claim says the same more precisely.");
        Add("AGREES", ClaimRelationKind.Agrees, "Both can be true: figures that overlap without one holding the other, or other compatible statements.");
        Add("DISAGREES", ClaimRelationKind.Disagrees, "Both cannot be true: one denies what the other asserts, the figures exclude each other (qualifiers read as intervals: \"up to 12,000\" is 0-12,000, \"about 500\" is 450-550), or a one-time event gets two dates. Figures for clearly different times never disagree.");
    }
}
