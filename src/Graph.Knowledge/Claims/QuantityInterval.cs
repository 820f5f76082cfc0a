using System.Globalization;
using Graph.Knowledge.Model;

namespace Graph.Knowledge.Claims;

/// <summary>
/// A figure read as the set of numbers it allows: "up to 12,000" is [0, 12000], "more than 500" is
/// (500, ∞), "about 500" is [450, 550] (<see cref="ApproximateBand"/>), a range is [low, high].
/// </summary>
public sealed record QuantityInterval(double Low, bool LowOpen, double High, bool HighOpen, string Unit)
{
    /// <summary>"About", "around", "some": ±10 % of the figure.</summary>
    public const double ApproximateBand = 0.10;

    public static QuantityInterval Of(Quantity quantity)
    {
        var unit = quantity.Unit.Trim().ToLowerInvariant();
        var value = quantity.Value ?? quantity.Low ?? quantity.High ?? 0;
        return quantity.Qualifier switch
        {
            QuantityQualifier.Approximately => new(value * (1 - ApproximateBand), false, value * (1 + ApproximateBand), false, unit),
            QuantityQualifier.UpTo => new(0, false, value, false, unit),
            QuantityQualifier.LessThan => new(0, false, value, true, unit),
            QuantityQualifier.AtLeast => new(value, false, double.PositiveInfinity, true, unit),
            QuantityQualifier.MoreThan => new(value, true, double.PositiveInfinity, true, unit),
            QuantityQualifier.Range => new(quantity.Low ?? value, false, quantity.High ?? value, false, unit),
            _ => new(value, false, value, false, unit),
        };
    }

    /// <summary>Whether the two share at least one number.</summary>
    public bool Overlaps(QuantityInterval other)
    {
        var low = Math.Max(Low, other.Low);
        var high = Math.Min(High, other.High);
        if (low < high)
        {
            return true;
        }

        // Touching at one number: it must be in both.
        return low == high && Includes(low) && other.Includes(low);
    }

    /// <summary>Every number of this interval is in <paramref name="other"/>.</summary>
    public bool Within(QuantityInterval other) =>
        (Low > other.Low || (Low == other.Low && (LowOpen || !other.LowOpen)))
        && (High < other.High || (High == other.High && (HighOpen || !other.HighOpen)));

    public bool SameAs(QuantityInterval other) => Within(other) && other.Within(this);

    public override string ToString()
    {
        static string N(double n) => double.IsPositiveInfinity(n) ? "∞" : n.ToString("R", CultureInfo.InvariantCulture);
        return $"{(LowOpen ? "(" : "[")}{N(Low)}, {N(High)}{(HighOpen ? ")" : "]")} {Unit}";
    }

    private bool Includes(double number) =>
        (number > Low || (number == Low && !LowOpen)) && (number < High || (number == High && !HighOpen));
}
