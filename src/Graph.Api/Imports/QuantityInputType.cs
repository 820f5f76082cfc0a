using Graph.Api.Claims;
using GraphQL.Types;

namespace Graph.Api.Imports;

public sealed class QuantityInputType : InputObjectGraphType
{
    public QuantityInputType()
    {
        Name = "QuantityInput";
        Description = "A figure as the source gave it (seed key `quantity`). Vague amounts get a documented range: \"tens of thousands\" is low 10000, high 99999, RANGE.";
        Field<FloatGraphType>("value").Description("The figure, for every qualifier but RANGE. Not negative.");
        Field<FloatGraphType>("low").Description("Lower bound of a range; may not exceed `high`.");
        Field<FloatGraphType>("high").Description("Upper bound of a range.");
        Field<NonNullGraphType<StringGraphType>>("unit").Description("What is counted: `troops`, `officers` ...");
        Field<QuantityQualifierType>("qualifier").Description("RANGE when only `low`/`high` are given, else EXACT, unless said otherwise.");
    }
}
