using Graph.Knowledge.Facts;
using GraphQL.Types;

namespace Graph.Api.Facts;

public sealed class FactStatusType : EnumerationGraphType
{
    public FactStatusType()
    {
        Name = "FactStatus";
        Description = "How firmly the claims behind a fact settle its value.";
        Add("SETTLED", FactStatus.Settled, "Claims from at least two independent origins give the value, and no claim contests it.");
        Add("REFINED", FactStatus.Refined, "The value is the most precise of compatible claims (a day within the month others give), from at least two independent origins; no claim contests it.");
        Add("DISPUTED", FactStatus.Disputed, "A claim contests the value (another date for a one-time event, a figure that excludes it, a denial; see `contestedBy`), or none settles (then `value` is null).");
        Add("SINGLE_SOURCE", FactStatus.SingleSource, "Uncontested, but every claim behind it comes from one independent origin, or names none.");
    }
}
