using Graph.Api.Claims;
using GraphQL.Types;

namespace Graph.Api.Facts;

public sealed class FactType : ObjectGraphType<FactRecord>
{
    public FactType()
    {
        Name = "Fact";
        Description = "A dated or valued property of a thing (a treaty's signing day, a state's ratification, an event's date, a deployment's size), with the claims it rests on and those that contest it. " +
            "The value is the most precise asserted claim that no DISAGREES claim with at least as many independent origins contests.";
        Field<NonNullGraphType<StringGraphType>>("name")
            .Description("Which fact: `signedOn`, `inForceOn`, `ratifiedOn:<state id>` (a treaty), `date`, `place` (an event), `size`, `start`, `end` (a deployment), `since:<id>`, `until:<id>` (a person's or organization's role in that country or organization).")
            .Resolve(c => c.Source.Fact.Name);
        Field<StringGraphType>("value").Description("The value the claims settle on: an ISO-8601 date with its precision, or a thing's id for `place`; null for a figure (see `quantity`) or when nothing settles.")
            .Resolve(c => c.Source.Fact.Value);
        Field<QuantityType>("quantity").Description("The figure the claims settle on, for `size`.")
            .Resolve(c => c.Source.Fact.Quantity is null ? null : c.Source.ValueClaim);
        Field<StringGraphType>("precision").Description("`year`, `month` or `day` for a date; the qualifier (`exact`, `up-to`, `range` ...) for a figure.")
            .Resolve(c => c.Source.Fact.Precision);
        Field<NonNullGraphType<FactStatusType>>("status").Description("Settled, refined, disputed or single source.").Resolve(c => c.Source.Fact.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("supportedBy")
            .Description("The claims that give the value or agree with it (the same, coarser, finer or overlapping), earliest reported first.")
            .Resolve(c => c.Source.SupportedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("contestedBy")
            .Description("The claims that DISAGREE with the value, earliest reported first. Nothing is overwritten: a later file giving another value adds its claim here.")
            .Resolve(c => c.Source.ContestedBy);
    }
}
