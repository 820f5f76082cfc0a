using Graph.Knowledge.Model;
using GraphQL.Types;

namespace Graph.Api.Claims;

public sealed class QuantityQualifierType : EnumerationGraphType
{
    public QuantityQualifierType()
    {
        Name = "QuantityQualifier";
        Description = "How a figure relates to the truth, as the source worded it.";
        Add("EXACT", QuantityQualifier.Exact, "Exactly this many.");
        Add("APPROXIMATELY", QuantityQualifier.Approximately, "About this many (\"some\", \"around\", \"tens of thousands\").");
        Add("UP_TO", QuantityQualifier.UpTo, "At most this many (\"up to 12,000\").");
        Add("AT_LEAST", QuantityQualifier.AtLeast, "No fewer than this many.");
        Add("MORE_THAN", QuantityQualifier.MoreThan, "More than this many.");
        Add("LESS_THAN", QuantityQualifier.LessThan, "Fewer than this many.");
        Add("RANGE", QuantityQualifier.Range, "Between `low` and `high`.");
    }
}
