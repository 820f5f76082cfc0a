using System.Globalization;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Knowledge.Seed.Parsed;

namespace Graph.Knowledge.Validation;

/// <summary>
/// The defining fields of a claim in a comparable form (defaults applied, references resolved), so the
/// same claim id in two files can be checked to mean the same claim.
/// </summary>
public static class ClaimSignature
{
    public static IReadOnlyDictionary<string, string> Of(ParsedClaim claim, IEntityCatalog catalog)
    {
        var about = claim.About.Select(a => catalog.Resolve(a.Text).Entry?.Id ?? a.Text).Distinct().Order(StringComparer.Ordinal);
        return new Dictionary<string, string>
        {
            ["statement"] = claim.Statement?.Text.Trim() ?? string.Empty,
            ["predicate"] = claim.Predicate?.Text ?? string.Empty,
            ["about"] = string.Join(",", about),
            ["value"] = claim.Value?.Text ?? string.Empty,
            ["quantity"] = Quantity(claim.Quantity),
            ["stance"] = claim.Stance?.Text.ToLowerInvariant() ?? Tokens.Of(Stance.Asserted),
            ["time"] = claim.Time?.Text ?? string.Empty,
            ["credibility"] = claim.Credibility is { } g ? $"{g.Value?.Text}/{g.By?.Text}/{g.On?.Text}" : string.Empty,
        };
    }

    /// <summary>The names of the fields that differ.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        [.. a.Keys.Where(k => a[k] != b[k])];

    private static string Quantity(ParsedQuantity? quantity)
    {
        if (quantity is null)
        {
            return string.Empty;
        }

        static string N(SeedScalar? s) => s is not null && SeedFormats.TryNumber(s.Text, out var n) ? n.ToString(CultureInfo.InvariantCulture) : s?.Text ?? string.Empty;
        return $"{N(quantity.Value)}|{N(quantity.Low)}|{N(quantity.High)}|{quantity.Unit?.Text}|{quantity.Qualifier?.Text.ToLowerInvariant()}";
    }
}
