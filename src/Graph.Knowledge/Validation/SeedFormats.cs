using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Knowledge.Validation;

/// <summary>The textual forms values must take: ids, dates with their precision, language tags, numbers.</summary>
public static partial class SeedFormats
{
    public static bool IsSlug(string text) => Slug().IsMatch(text);

    public static bool IsLanguageTag(string text) => LanguageTag().IsMatch(text);

    /// <summary>True when the text has the shape of a date (so a failure to parse is an impossible date, not a typo of format).</summary>
    public static bool LooksLikeDate(string text) => DateShape().IsMatch(text);

    /// <summary><c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, each naming a day, month or year that exists.</summary>
    public static bool IsDate(string text)
    {
        var match = DateShape().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return false;
        }

        if (!match.Groups["m"].Success)
        {
            return true;
        }

        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (!match.Groups["d"].Success)
        {
            return true;
        }

        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>A full ISO 8601 timestamp such as <c>2024-11-12T16:00:00+07:00</c> (seconds and offset optional).</summary>
    public static bool IsTimestamp(string text)
    {
        var match = TimestampShape().Match(text);
        return match.Success && IsDate(match.Groups["date"].Value)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
    }

    public static bool LooksLikeTimestamp(string text) => TimestampShape().IsMatch(text);

    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    /// <summary>"12.000" in Indonesian or German and "12,000" in English are twelve thousand; YAML reads the first as 12, the second as text.</summary>
    public static bool LooksLikeThousandsSeparators(string text) => ThousandsDots().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$")]
    private static partial Regex DateShape();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex TimestampShape();

    [GeneratedRegex(@"^\d{1,3}([.,]\d{3})+$")]
    private static partial Regex ThousandsDots();
}
