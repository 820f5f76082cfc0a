using System.Text.Json;
using Graph.Knowledge.Facts;
using Graph.Knowledge.Model;
using static Graph.Bench.Questions.Shapes;

namespace Graph.Bench.Questions;

/// <summary>
/// A thing's facts from the <c>evidence</c> the hand-written statements return (each claim about it,
/// with each report's day and independent origins), settled by the API's pure <see cref="FactRules"/>:
/// as of a day, only reports in articles published by its end count.
/// </summary>
internal static class Facts
{
    public static IReadOnlyList<Fact> Settle(JsonElement thing, JsonElement evidence, string? asOf)
    {
        if (Text(thing, "kind") is not { } token || !EntityKindExtensions.TryParseToken(token, out var kind))
        {
            return [];
        }

        var claims = Claims(evidence).Values.Where(c => c.Known(asOf)).ToList();
        var kinds = claims.SelectMany(c => Items(c.Claim.GetProperty("about")))
            .Select(a => (Id: Text(a, "id")!, Kind: Text(a, "kind") is { } k && EntityKindExtensions.TryParseToken(k, out var parsed) ? parsed : (EntityKind?)null))
            .Where(a => a.Kind is not null)
            .DistinctBy(a => a.Id)
            .ToDictionary(a => a.Id, a => a.Kind!.Value, StringComparer.Ordinal);
        var rows = claims
            .Select(c => new FactEvidence(Definition(c.Claim), [.. c.Origins(asOf).Select(o => Text(o, "id")!)], c.FirstReported(asOf)!))
            .OrderBy(e => e.FirstReportedOn, StringComparer.Ordinal)
            .ThenBy(e => e.Claim.Name, StringComparer.Ordinal);
        return FactRules.Resolve(kind, Text(thing, "id")!, rows, id => kinds.TryGetValue(id, out var k) ? k : null);
    }

    public static Dictionary<string, ClaimEvidence> Claims(JsonElement evidence) =>
        Items(evidence).Where(e => e.GetProperty("claim").ValueKind == JsonValueKind.Object).Select(e => new ClaimEvidence(e.GetProperty("claim"), [.. Items(e.GetProperty("reports"))]))
            .ToDictionary(c => Text(c.Claim, "id")!, StringComparer.Ordinal);

    /// <summary>One claim about the thing and its reports (<c>publishedOn</c>, <c>article</c>, <c>origins</c>).</summary>
    internal sealed record ClaimEvidence(JsonElement Claim, IReadOnlyList<JsonElement> Reports)
    {
        private IEnumerable<JsonElement> Counted(string? asOf) =>
            Reports.Where(r => asOf is null || string.CompareOrdinal(Text(r, "publishedOn"), asOf) <= 0);

        public bool Known(string? asOf) => Counted(asOf).Any();

        public string? FirstReported(string? asOf) => Counted(asOf).Select(r => Text(r, "publishedOn")).Min(StringComparer.Ordinal);

        public IEnumerable<JsonElement> Origins(string? asOf) => Counted(asOf).SelectMany(r => Items(r.GetProperty("origins"))).DistinctBy(o => Text(o, "id"));

        public IEnumerable<JsonElement> Articles(string? asOf) => Counted(asOf).Select(r => r.GetProperty("article")).DistinctBy(a => Text(a, "id"));
    }
}
