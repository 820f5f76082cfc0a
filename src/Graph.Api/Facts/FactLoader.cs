using System.Text.Json;
using Graph.Api.History;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Api.Reading;
using Graph.Import;
using Graph.Knowledge.Model;
using GraphQL;
using GraphQL.DataLoader;

namespace Graph.Api.Facts;

/// <summary>
/// A thing's facts as known on the field's as-of day, settled in C#: from the evidence the operation's
/// statement fetched (<see cref="FactCypher.EvidenceOf"/>), else from one batched statement per level.
/// </summary>
public static class FactLoader
{
    public static IDataLoaderResult<List<FactRecord>> Load(IResolveFieldContext context, NodeRecord thing)
    {
        var asOf = AsOf.Of(context);
        var parameters = new Dictionary<string, object?> { ["asOf"] = asOf };
        return context.Loaders().Load(FactCypher.Evidence, thing.Id, parameters, asOf ?? string.Empty)
            .Then(rows => Settle(thing, rows));
    }

    /// <summary><c>facts</c>: what the statement fetched for the field (<see cref="FactCypher.FactsOf"/>), else the loader.</summary>
    public static object? Facts(IResolveFieldContext<NodeRecord> context) =>
        context.Source.Or(context, fetched => Settle(context.Source, context.Source.Shared(fetched.GetProperty("evidence")), day: null, fetched.GetProperty("claims")), () => Load(context, context.Source));

    /// <summary>The value a fact settles on; null when no claim states it (nothing is stored on the thing: every value has a source).</summary>
    public static object? Value(IResolveFieldContext<NodeRecord> context, string name) =>
        context.Source.Or(context, key => Value(name, Settle(context.Source, context.Source.Shared(key))), () => Load(context, context.Source).Then(facts => Value(name, facts)));

    private static string? Value(string name, List<FactRecord> facts) => facts.FirstOrDefault(f => f.Fact.Name == name)?.Fact.Value;

    /// <summary>
    /// The thing a fact's value names (an event's place), as known on the field's as-of day; null when no claim
    /// states it. Compiled, the statement fetched the evidence and the candidate things (<see cref="FactCypher.ThingOf"/>);
    /// else the value is loaded, then the thing.
    /// </summary>
    public static object? Thing(IResolveFieldContext<NodeRecord> context, string name)
    {
        if (context.Source.TryFetched(context, out var fetched))
        {
            return Value(name, Settle(context.Source, context.Source.Shared(fetched.GetProperty("evidence")))) is { } id
                ? NodeRecord.List(fetched.GetProperty("things")).FirstOrDefault(t => t.Id == id)
                : null;
        }

        return Load(context, context.Source).Then(facts => Value(name, facts) is { } value
            ? context.Loaders().Load(FactCypher.Things, value).Then(things => things.Count == 0 ? null : things[0])
            : null);
    }

    /// <summary>
    /// The facts the fetched evidence (<see cref="FactCypher.EvidenceExpression"/>) settles on, counting the
    /// reports published by <paramref name="day"/> when given (<see cref="FactCypher.Read"/>).
    /// </summary>
    public static List<FactRecord> Settle(NodeRecord thing, JsonElement evidence, string? day = null) =>
        Settle(thing, FactCypher.Read(evidence, day));

    /// <summary>
    /// <see cref="Settle(NodeRecord, JsonElement, string?)"/>, with the claims behind each fact shown as
    /// <paramref name="claims"/> gives them: <c>[{id, supportedBy, contestedBy}]</c> (<see cref="FactCypher.FactsOf"/>),
    /// or with those two under the key <paramref name="under"/>; a claim not given there is shown as the evidence has it.
    /// </summary>
    public static List<FactRecord> Settle(NodeRecord thing, JsonElement evidence, string? day, JsonElement claims, string? under = null)
    {
        var shown = claims.EnumerateArray()
            .Select(c => (Id: c.GetProperty("id").GetString()!, Maps: under is null ? c : c.TryGetProperty(under, out var maps) ? maps : default))
            .Where(c => c.Maps.ValueKind == JsonValueKind.Object)
            .DistinctBy(c => c.Id)
            .ToDictionary(c => c.Id, c => c.Maps, StringComparer.Ordinal);
        NodeRecord Shown(NodeRecord claim, string key) =>
            shown.TryGetValue(claim.Id, out var maps) && maps.TryGetProperty(key, out var map) ? NodeRecord.From(map) : claim;
        return [.. Settle(thing, evidence, day).Select(f => f with
        {
            SupportedBy = [.. f.SupportedBy.Select(c => Shown(c, "supportedBy"))],
            ContestedBy = [.. f.ContestedBy.Select(c => Shown(c, "contestedBy"))],
        })];
    }

    /// <summary>The facts the rows of <see cref="FactCypher.Evidence"/> for one thing settle on.</summary>
    public static List<FactRecord> Settle(NodeRecord thing, IReadOnlyList<FactEvidenceRow> rows)
    {
        if (!EntityKindExtensions.TryParseToken(thing.Kind, out var kind))
        {
            return [];
        }

        var nodes = rows.ToDictionary(r => r.Claim.Id, r => r.Claim, StringComparer.Ordinal);
        var facts = FactEvidenceCypher.Settle(kind, thing.Id, rows.Select(r => FactEvidenceCypher.Read(r.Claim.Properties, r.FirstReportedOn, r.Origins)));
        return [.. facts.Select(f => new FactRecord(
            f,
            f.SettledBy is { } settled ? nodes[settled] : null,
            [.. f.SupportedBy.Select(s => nodes[s])],
            [.. f.ContestedBy.Select(s => nodes[s])]))];
    }
}
