using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Graph.Knowledge.Model;

namespace Graph.Knowledge.Claims;

/// <summary>
/// The identity of a claim: its structured content in one canonical text (docs/model.md, "A claim is
/// a structured statement"). The parts are the predicate, the sorted things it is about, the value,
/// the quantity as given, the time and the stance. Wording (statement, quote), names (the ids files
/// give) and the credibility grade are not part of it. The seed validator ("one claim id means one
/// claim") and the importer (claim nodes, conflicts with the graph) both use this one rule.
/// </summary>
public static class ClaimKey
{
    /// <summary>The names of the parts, in the order the key lists them.</summary>
    public static IReadOnlyList<string> PartNames { get; } = ["predicate", "about", "value", "quantity", "time", "stance"];

    /// <summary>E.g. <c>predicate=troops-sent; about=north-korea,russia; value=; quantity=up-to 12000 troops; time=2024-11; stance=asserted</c>.</summary>
    public static string Of(ClaimDefinition claim) => string.Join("; ", Parts(claim).Select(p => $"{p.Key}={p.Value}"));

    /// <summary>The claim node's id: the predicate and a hash of the key (<c>troops-sent-3f09c2a1d4e7</c>).</summary>
    public static string IdOf(ClaimDefinition claim)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Of(claim))))[..12];
        return $"{claim.Predicate}-{hash}";
    }

    // The predicate first, then the sorted ids: the API finds the claims about some of a claim's things by
    // prefix seeks on the stored key (`predicate=P; about=a,b; `, Graph.Api's ClaimCypher.SameSubject).
    public static IReadOnlyList<KeyValuePair<string, string>> Parts(ClaimDefinition claim) =>
    [
        new("predicate", claim.Predicate),
        new("about", string.Join(",", claim.About.Distinct().Order(StringComparer.Ordinal))),
        new("value", NormalValue(claim.Value)),
        new("quantity", claim.Quantity is { } q ? Describe(q) : string.Empty),
        new("time", claim.Time ?? string.Empty),
        new("stance", Tokens.Of(claim.Stance)),
    ];

    /// <summary>The names of the parts in which two claims differ (empty when they are one claim).</summary>
    public static IReadOnlyList<string> Differences(ClaimDefinition a, ClaimDefinition b)
    {
        var left = Parts(a);
        var right = Parts(b);
        return [.. left.Where((p, i) => p.Value != right[i].Value).Select(p => p.Key)];
    }

    /// <summary>A figure as words and numbers: <c>up-to 12000 troops</c>, <c>range 10000-99999 troops</c>.</summary>
    public static string Describe(Quantity quantity)
    {
        var figure = quantity.Qualifier == QuantityQualifier.Range || quantity.Value is null
            ? $"{Number(quantity.Low)}-{Number(quantity.High)}"
            : Number(quantity.Value);
        return $"{Tokens.Of(quantity.Qualifier)} {figure} {quantity.Unit.Trim().ToLowerInvariant()}";
    }

    /// <summary>Case and spacing do not make another claim: "Russian uniforms" is "russian  uniforms".</summary>
    internal static string NormalValue(string? value) =>
        value is null ? string.Empty : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string Number(double? number) => number?.ToString("R", CultureInfo.InvariantCulture) ?? "?";
}
