using System.Runtime.CompilerServices;
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

    /// <summary>
    /// <c>facts</c>: what the statement fetched for the field (<see cref="FactCypher.FactsOf"/>), whose claims are compiled
    /// as the field shows them, else the loader.
    /// </summary>
    public static object? Facts(IResolveFieldContext<NodeRecord> context) =>
        context.Source.Or(context, fetched => Settled(context.Source, fetched.GetProperty("evidence")), () => Load(context, context.Source));

    /// <summary>The value a fact settles on; null when no claim states it (nothing is stored on the thing: every value has a source).</summary>
    public static object? Value(IResolveFieldContext<NodeRecord> context, string name) =>
        context.Source.Or(context, key => Value(name, Settled(context.Source, key)), () => Load(context, context.Source).Then(facts => Value(name, facts)));

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
            return Value(name, Settled(context.Source, fetched.GetProperty("evidence"))) is { } id ? Named(fetched.GetProperty("things"), id) : null;
        }

        return Load(context, context.Source).Then(facts => Value(name, facts) is { } value
            ? context.Loaders().Load(FactCypher.Things, value).Then(things => things.Count == 0 ? null : things[0])
            : null);
    }

    /// <summary>
    /// The thing of <paramref name="things"/> (one per claim naming it) whose id is <paramref name="id"/>: only that one is
    /// read into a node (an event's place, for each event of a page).
    /// </summary>
    private static NodeRecord? Named(JsonElement things, string id)
    {
        foreach (var thing in things.ValueKind == JsonValueKind.Array ? things.EnumerateArray() : default)
        {
            if (thing.ValueKind == JsonValueKind.Object && thing.TryGetProperty("id", out var key) && key.ValueKind == JsonValueKind.String && key.ValueEquals(id))
            {
                return NodeRecord.From(thing);
            }
        }

        return null;
    }

    /// <summary>
    /// The facts the fetched evidence (<see cref="FactCypher.EvidenceExpression"/>) settles on, counting the
    /// reports published by <paramref name="day"/> when given (<see cref="FactCypher.Read"/>).
    /// </summary>
    public static List<FactRecord> Settle(NodeRecord thing, JsonElement evidence, string? day = null) =>
        Settle(thing, FactCypher.Read(evidence, day));

    /// <summary>
    /// The facts the evidence shared by the fact fields of <paramref name="thing"/> (<see cref="FactCypher.EvidenceOf"/>,
    /// named by <paramref name="key"/>) settles on: settled once per thing and key (a thing is read anew by each
    /// operation), whichever of its fields asks first, without a lock (<see cref="Settlement"/>).
    /// </summary>
    public static List<FactRecord> Settled(NodeRecord thing, JsonElement key) =>
        SettledByThing.GetValue(thing, static _ => new Settlement()).Get(thing, key);

    private static readonly ConditionalWeakTable<NodeRecord, Settlement> SettledByThing = [];

    /// <summary>
    /// The facts settled for one thing, by the key of the evidence they come from: usually one key (the node's day), so a
    /// list that only grows at its head, published with a compare-and-swap. The fields of a thing (an event's <c>date</c>
    /// and <c>place</c>) no longer wait on a lock for each other: settling is a pure function of the fetched evidence, so
    /// two fields that ask at the same moment may both settle, and both answer with the list published first.
    /// </summary>
    private sealed class Settlement
    {
        private Entry? _head;

        public List<FactRecord> Get(NodeRecord thing, JsonElement key)
        {
            var name = key.GetString()!;
            var head = Volatile.Read(ref _head);
            if (Find(head, null, name) is { } known)
            {
                return known;
            }

            var facts = Settle(thing, thing.Shared(key));
            while (true)
            {
                var seen = Interlocked.CompareExchange(ref _head, new Entry(name, facts, head), head);
                if (ReferenceEquals(seen, head))
                {
                    return facts;
                }

                // Another field published first: its list, if it settled the same key, else try again at the new head.
                if (Find(seen, head, name) is { } published)
                {
                    return published;
                }

                head = seen;
            }
        }

        /// <summary>The facts of <paramref name="name"/> among the entries from <paramref name="from"/> down to <paramref name="until"/> (excluded).</summary>
        private static List<FactRecord>? Find(Entry? from, Entry? until, string name)
        {
            for (var entry = from; entry is not null && !ReferenceEquals(entry, until); entry = entry.Next)
            {
                if (entry.Key == name)
                {
                    return entry.Facts;
                }
            }

            return null;
        }

        /// <summary>A class, not a record: entries are compared by reference.</summary>
        private sealed class Entry(string key, List<FactRecord> facts, Entry? next)
        {
            public string Key => key;

            public List<FactRecord> Facts => facts;

            public Entry? Next => next;
        }
    }

    /// <summary>
    /// <paramref name="facts"/> with the claims behind each shown as <paramref name="claims"/> gives them:
    /// <c>[{id, shown}]</c> (<see cref="FactCypher.ShownClaims"/>), one map per claim that its <c>supportedBy</c>
    /// and <c>contestedBy</c> both read; a claim not given there is shown as the evidence has it.
    /// </summary>
    public static List<FactRecord> Shown(List<FactRecord> facts, JsonElement claims)
    {
        var shown = claims.EnumerateArray()
            .Select(c => (Id: c.GetProperty("id").GetString()!, Map: c.TryGetProperty("shown", out var map) ? map : default))
            .Where(c => c.Map.ValueKind == JsonValueKind.Object)
            .DistinctBy(c => c.Id)
            .ToDictionary(c => c.Id, c => c.Map, StringComparer.Ordinal);
        NodeRecord Show(NodeRecord claim) => shown.TryGetValue(claim.Id, out var map) ? NodeRecord.From(map) : claim;
        return [.. facts.Select(f => f with
        {
            SupportedBy = [.. f.SupportedBy.Select(Show)],
            ContestedBy = [.. f.ContestedBy.Select(Show)],
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
