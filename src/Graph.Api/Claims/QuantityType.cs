using Graph.Api.Nodes;
using Graph.Knowledge.Model;
using GraphQL.Types;

namespace Graph.Api.Claims;

/// <summary>A claim's figure, read from the claim node's <c>quantity*</c> properties.</summary>
public sealed class QuantityType : ObjectGraphType<NodeRecord>
{
    public QuantityType()
    {
        Name = "Quantity";
        Description = "A figure as the source gave it: a value or a range, a unit, and how the figure relates to the truth (up to, at least ...).";
        Field<FloatGraphType>("value").Description("The figure itself (12000 for \"up to 12,000\").").Resolve(c => c.Source.Number("quantityValue"));
        Field<FloatGraphType>("low").Description("The lower bound of a range.").Resolve(c => c.Source.Number("quantityLow"));
        Field<FloatGraphType>("high").Description("The upper bound of a range.").Resolve(c => c.Source.Number("quantityHigh"));
        Field<NonNullGraphType<StringGraphType>>("unit").Description("What is counted (\"troops\", \"officers\").").Resolve(c => c.Source.Text("quantityUnit") ?? string.Empty);
        Field<NonNullGraphType<QuantityQualifierType>>("qualifier").Description("How the figure relates to the truth.")
            .Resolve(c => Tokens.TryParse(c.Source.Text("quantityQualifier") ?? string.Empty, out QuantityQualifier qualifier) ? qualifier : QuantityQualifier.Exact);
    }

    public static bool HasQuantity(NodeRecord claim) =>
        claim.Number("quantityValue") is not null || claim.Number("quantityLow") is not null || claim.Number("quantityHigh") is not null
        || claim.Text("quantityQualifier") is not null;
}
