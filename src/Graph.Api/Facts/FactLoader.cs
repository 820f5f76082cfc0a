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

    /// <summary><c>facts</c>: what the statement fetched for the field, else the loader.</summary>
    public static object? Facts(IResolveFieldContext<NodeRecord> context) =>
        context.Source.Or(context, fetched => Settle(context.Source, fetched), () => Load(context, context.Source));

    /// <summary>The value a fact settles on; null when no claim states it (nothing is stored on the thing: every value has a source).</summary>
    public static object? Value(IResolveFieldContext<NodeRecord> context, string name) =>
        context.Source.Or(context, fetched => Value(name, Settle(context.Source, fetched)), () => Load(context, context.Source).Then(facts => Value(name, facts)));

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
            return Value(name, Settle(context.Source, fetched.GetProperty("evidence"))) is { } id
                ? NodeRecord.List(fetched.GetProperty("things")).FirstOrDefault(t => t.Id == id)
                : null;
        }

        return Load(context, context.Source).Then(facts => Value(name, facts) is { } value
            ? context.Loaders().Load(FactCypher.Things, value).Then(things => things.Count == 0 ? null : things[0])
            : null);
    }

    /// <summary>
    /// The facts the fetched evidence (<see cref="FactCypher.EvidenceExpression"/>)
    /// settles on; the claims behind each are shown as fetched under <c>supportedBy</c> and <c>contestedBy</c> when they were.
    /// </summary>
    public static List<FactRecord> Settle(NodeRecord thing, JsonElement fetched)
    {
        var evidence = FactCypher.Read(fetched);
        var facts = Settle(thing, [.. evidence.Select(e => e.Row)]);
        var supported = Shown(evidence, "supportedBy");
        var contested = Shown(evidence, "contestedBy");
        return [.. facts.Select(f => f with
        {
            SupportedBy = [.. f.SupportedBy.Select(c => supported.GetValueOrDefault(c.Id, c))],
            ContestedBy = [.. f.ContestedBy.Select(c => contested.GetValueOrDefault(c.Id, c))],
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

    private static Dictionary<string, NodeRecord> Shown(List<(FactEvidenceRow Row, JsonElement Item)> evidence, string key) =>
        evidence.Where(e => e.Item.TryGetProperty(key, out var node) && node.ValueKind == JsonValueKind.Object)
            .ToDictionary(e => e.Row.Claim.Id, e => NodeRecord.From(e.Item.GetProperty(key)), StringComparer.Ordinal);
}
