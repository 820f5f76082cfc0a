using Graph.Knowledge.Model;

namespace Graph.Knowledge.Claims;

/// <summary>
/// The properties of a <c>Claim</c> node (docs/model.md), declared once: the importer writes them
/// from a <see cref="ClaimDefinition"/> and the API reads a definition back from them.
/// </summary>
public static class ClaimFields
{
    public const string Key = "key";
    public const string Predicate = "predicate";
    public const string Value = "value";
    public const string QuantityValue = "quantityValue";
    public const string QuantityLow = "quantityLow";
    public const string QuantityHigh = "quantityHigh";
    public const string QuantityUnit = "quantityUnit";
    public const string QuantityQualifier = "quantityQualifier";
    public const string Stance = "stance";
    public const string Time = "time";
    public const string Credibility = "credibility";
    public const string CredibilityGradedBy = "credibilityGradedBy";
    public const string CredibilityGradedOn = "credibilityGradedOn";

    /// <summary>Maintained from the reports: the statement of the earliest report, and every id files give the claim.</summary>
    public const string Statement = "statement";
    public const string Names = "names";

    /// <summary>The properties that hold the content (and grade) of a claim, as the importer writes them.</summary>
    public static Dictionary<string, object?> Of(ClaimDefinition claim) => new()
    {
        [Key] = claim.Key,
        [Predicate] = claim.Predicate,
        [Value] = claim.Value,
        [QuantityValue] = claim.Quantity?.Value,
        [QuantityLow] = claim.Quantity?.Low,
        [QuantityHigh] = claim.Quantity?.High,
        [QuantityUnit] = claim.Quantity?.Unit,
        [QuantityQualifier] = claim.Quantity is { } q ? Tokens.Of(q.Qualifier) : null,
        [Stance] = Tokens.Of(claim.Stance),
        [Time] = claim.Time,
        [Credibility] = claim.Credibility?.Value,
        [CredibilityGradedBy] = claim.Credibility?.GradedBy,
        [CredibilityGradedOn] = claim.Credibility?.GradedOn,
    };

    /// <summary>The properties <see cref="Read"/> reads (besides the id): what a claim's content is to the rules that compare claims.</summary>
    public static IReadOnlyList<string> Content { get; } = [Predicate, Value, QuantityValue, QuantityLow, QuantityHigh, QuantityUnit, QuantityQualifier, Stance, Time];

    /// <summary>A claim read back from a node's properties (<paramref name="text"/> and <paramref name="number"/> by property name).</summary>
    public static ClaimDefinition Read(string name, Func<string, string?> text, Func<string, double?> number, IReadOnlyList<string> about)
    {
        Quantity? quantity = null;
        if (text(QuantityQualifier) is { } qualifierText)
        {
            var qualifier = Tokens.TryParse(qualifierText, out QuantityQualifier parsed) ? parsed : Model.QuantityQualifier.Exact;
            quantity = new Quantity(number(QuantityValue), number(QuantityLow), number(QuantityHigh), text(QuantityUnit) ?? string.Empty, qualifier);
        }

        var stance = Tokens.TryParse(text(Stance) ?? string.Empty, out Stance s) ? s : Model.Stance.Asserted;
        return new ClaimDefinition(name, text(Predicate) ?? string.Empty, about, text(Value), quantity, stance, text(Time), null);
    }
}
