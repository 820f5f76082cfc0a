using System.Text.Json;
using KnowledgeLabels = Graph.Knowledge.Model.Labels;

namespace Graph.Api.Nodes;

/// <summary>
/// A node as the API's Cypher returns it: <c>n {.*, labels: labels(n)}</c>, one JSON map holding
/// its properties and its labels. Every GraphQL type over a node reads from this.
/// </summary>
public sealed class NodeRecord
{
    /// <summary>The kind labels; <see cref="KnowledgeLabels.Entity"/> is never a kind.</summary>
    private static readonly string[] Kinds =
        [KnowledgeLabels.Person, KnowledgeLabels.Country, KnowledgeLabels.Organization, KnowledgeLabels.Place, KnowledgeLabels.Treaty, KnowledgeLabels.Deployment, KnowledgeLabels.Event, KnowledgeLabels.Claim, KnowledgeLabels.Report, KnowledgeLabels.Article];

    private NodeRecord(JsonElement properties, IReadOnlyList<string> labels)
    {
        Properties = properties;
        Labels = labels;
        Id = Text("id") ?? string.Empty;
        Kind = KindOf(labels);
    }

    public string Id { get; }

    public IReadOnlyList<string> Labels { get; }

    /// <summary>The node's kind label: Country, Person ... Claim, Report, Article.</summary>
    public string Kind { get; }

    public JsonElement Properties { get; }

    public bool IsEntity => Labels.Contains(KnowledgeLabels.Entity);

    public string? Text(string name) =>
        Properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public double? Number(string name) =>
        Properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    public IReadOnlyList<string> Texts(string name)
    {
        if (!Properties.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)];
    }

    /// <summary>
    /// The node of a map whose <c>labels</c> are a list (<c>labels(n)</c>), or its kind label alone, as a string (a compiled
    /// map of a claim, report, article or thing: <see cref="Reading.SelectionCompiler"/>); a thing's kind implies <c>Entity</c>.
    /// </summary>
    public static NodeRecord From(JsonElement map)
    {
        if (!map.TryGetProperty("labels", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return new NodeRecord(map, list.ValueKind != JsonValueKind.String ? []
                : list.GetString()! is var kind && KnowledgeLabels.ThingKinds.Contains(kind) ? [KnowledgeLabels.Entity, kind] : [kind]);
        }

        // Read for every node of every answer: filled by hand, not through LINQ's buffers.
        var labels = new string[list.GetArrayLength()];
        var i = 0;
        foreach (var label in list.EnumerateArray())
        {
            labels[i++] = label.GetString()!;
        }

        return new NodeRecord(map, labels);
    }

    /// <summary>The kind among a node's labels (see <see cref="Kind"/>): the first of <see cref="Kinds"/> among them, else the first label.</summary>
    public static string KindOf(IReadOnlyList<string> labels)
    {
        foreach (var kind in Kinds)
        {
            for (var i = 0; i < labels.Count; i++)
            {
                if (labels[i] == kind)
                {
                    return kind;
                }
            }
        }

        return labels.Count > 0 ? labels[0] : string.Empty;
    }

    public static NodeRecord? FromNullable(JsonElement map) =>
        map.ValueKind == JsonValueKind.Object ? From(map) : null;

    public static IReadOnlyList<NodeRecord> List(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(From)]
            : [];
}
