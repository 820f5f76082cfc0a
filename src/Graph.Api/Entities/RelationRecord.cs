using System.Text.Json;
using Graph.Api.Nodes;

namespace Graph.Api.Entities;

/// <summary>A tie between two things as seen from one of them: its type, its direction, the other end and the tie's own properties.</summary>
public sealed record RelationRecord(string Type, bool Outgoing, NodeRecord Node, JsonElement Properties)
{
    /// <summary>The date a fact settles on for this tie (a ratification's day), in place of the stored <c>on</c>.</summary>
    public string? On { get; init; }

    public string? Property(string name) =>
        Properties.ValueKind == JsonValueKind.Object && Properties.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind is JsonValueKind.Null ? null : value.GetRawText()
            : null;
}
