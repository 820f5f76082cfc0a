namespace Graph.Knowledge.Model;

/// <summary>
/// The kebab-case words that stand for enum values in seed files and in graph properties
/// (<c>up-to</c>, <c>asserted</c>, <c>paraphrased</c>), so the two never drift apart.
/// </summary>
public static class Tokens
{
    public static string Of(QuantityQualifier qualifier) => qualifier switch
    {
        QuantityQualifier.Exact => "exact",
        QuantityQualifier.Approximately => "approximately",
        QuantityQualifier.UpTo => "up-to",
        QuantityQualifier.AtLeast => "at-least",
        QuantityQualifier.MoreThan => "more-than",
        QuantityQualifier.LessThan => "less-than",
        QuantityQualifier.Range => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "unknown qualifier"),
    };

    public static string Of(Stance stance) => stance == Stance.Denied ? "denied" : "asserted";

    public static string Of(RelayMode mode) => mode switch
    {
        RelayMode.Quoted => "quoted",
        RelayMode.Translated => "translated",
        _ => "paraphrased",
    };

    public static IReadOnlyList<string> Qualifiers { get; } = [.. Enum.GetValues<QuantityQualifier>().Select(Of)];

    public static IReadOnlyList<string> Stances { get; } = [.. Enum.GetValues<Stance>().Select(Of)];

    public static IReadOnlyList<string> RelayModes { get; } = [.. Enum.GetValues<RelayMode>().Select(Of)];

    public static bool TryParse(string text, out QuantityQualifier value) => TryParse(text, Of, out value);

    public static bool TryParse(string text, out Stance value) => TryParse(text, Of, out value);

    public static bool TryParse(string text, out RelayMode value) => TryParse(text, Of, out value);

    private static bool TryParse<T>(string text, Func<T, string> token, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Values<T>.All)
        {
            if (string.Equals(token(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The values of an enum, read once (<see cref="Enum.GetValues{TEnum}"/> copies them on every call).</summary>
    private static class Values<T>
        where T : struct, Enum
    {
        public static readonly T[] All = Enum.GetValues<T>();
    }
}
