using System.Text.Json;
using Graph.Api.Nodes;
using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;

namespace Graph.Api.Claims;

/// <summary>A claim and one claim it is compared with, each with what it is about (<c>about: [{id, event}]</c>).</summary>
public sealed record ClaimPair(NodeRecord Self, NodeRecord Other)
{
    /// <summary>How <see cref="Self"/> stands to <see cref="Other"/>, or null when they are unrelated.</summary>
    public ClaimRelationRecord? Relation() => Relation(Self, About(Self), Other, About(Other));

    /// <summary>How <paramref name="selfNode"/> stands to <paramref name="otherNode"/>, each with what it is about (<c>[{id, event}]</c>).</summary>
    public static ClaimRelationRecord? Relation(NodeRecord selfNode, JsonElement selfAbout, NodeRecord otherNode, JsonElement otherAbout)
    {
        var (self, selfEvents) = Read(selfNode, selfAbout);
        var (other, otherEvents) = Read(otherNode, otherAbout);
        var events = selfEvents.Concat(otherEvents).ToHashSet(StringComparer.Ordinal);
        var oneTime = ClaimRelations.IsOneTimeEvent(self, events.Contains) || ClaimRelations.IsOneTimeEvent(other, events.Contains);
        return ClaimRelations.Between(self, other, oneTime) is { } relation ? new ClaimRelationRecord(relation.Kind, otherNode, relation.Reason) : null;
    }

    private static JsonElement About(NodeRecord node) => node.Properties.TryGetProperty("about", out var list) ? list : default;

    private static (ClaimDefinition Claim, IReadOnlyList<string> Events) Read(NodeRecord node, JsonElement list)
    {
        var about = list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        var ids = about.Select(a => a.GetProperty("id").GetString()!).ToList();
        var events = about.Where(a => a.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.True).Select(a => a.GetProperty("id").GetString()!).ToList();
        return (ClaimFields.Read(node.Id, node.Text, node.Number, ids), events);
    }
}
