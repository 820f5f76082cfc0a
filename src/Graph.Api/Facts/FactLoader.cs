using Graph.Api.History;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Import;
using Graph.Knowledge.Model;
using GraphQL;
using GraphQL.DataLoader;

namespace Graph.Api.Facts;

/// <summary>A thing's facts as known on the field's as-of day: one batched statement per level, settled in C#.</summary>
public static class FactLoader
{
    public static IDataLoaderResult<List<FactRecord>> Load(IResolveFieldContext context, NodeRecord thing)
    {
        var asOf = AsOf.Of(context);
        var parameters = new Dictionary<string, object?> { ["asOf"] = asOf };
        return context.Loaders().Load(FactCypher.Evidence, thing.Id, parameters, asOf ?? string.Empty)
            .Then(rows => Settle(thing, rows));
    }

    /// <summary>The value a fact settles on; null when no claim states it (nothing is stored on the thing: every value has a source).</summary>
    public static IDataLoaderResult<string?> Value(IResolveFieldContext<NodeRecord> context, string name) =>
        Load(context, context.Source).Then(facts => facts.FirstOrDefault(f => f.Fact.Name == name)?.Fact.Value);

    /// <summary>The thing a fact's value names (an event's place), as known on the field's as-of day; null when no claim states it.</summary>
    public static IDataLoaderResult<IDataLoaderResult<NodeRecord?>?> Thing(IResolveFieldContext<NodeRecord> context, string name) =>
        Value(context, name).Then(id => id is null ? null : context.Loaders().Load(FactCypher.Things, id).Then(things => things.Count == 0 ? null : things[0]));

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
