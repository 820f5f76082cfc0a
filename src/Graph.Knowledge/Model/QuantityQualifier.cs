namespace Graph.Knowledge.Model;

/// <summary>How a figure relates to the truth; tokens are <c>exact</c>, <c>approximately</c>, <c>up-to</c> ... (see <see cref="Tokens"/>).</summary>
public enum QuantityQualifier
{
    Exact,
    Approximately,
    UpTo,
    AtLeast,
    MoreThan,
    LessThan,
    Range,
}
