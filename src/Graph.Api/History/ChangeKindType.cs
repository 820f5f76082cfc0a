using GraphQL.Types;

namespace Graph.Api.History;

public sealed class ChangeKindType : EnumerationGraphType
{
    public ChangeKindType()
    {
        Name = "ChangeKind";
        Description = "What became known between two days.";
        Add("NEW_CLAIM", ChangeKind.NewClaim, "A claim no earlier article had reported (`claim`, and its first `report`).");
        Add("NEW_REPORT", ChangeKind.NewReport, "Another report of a claim already known or just reported (`claim`, `report`).");
        Add("FACT_CHANGED", ChangeKind.FactChanged, "A fact of a thing appeared or changed value or status (`thing`, `fact` after, `before`).");
    }
}
