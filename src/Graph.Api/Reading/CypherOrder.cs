using System.Text.Json;
using Graph.Api.Nodes;

namespace Graph.Api.Reading;

/// <summary>
/// Cypher's ORDER BY in C#, for lists a statement fetched unsorted: pattern comprehensions cannot sort,
/// so the order the loaders' statements gave is restored here. Strings compare by code unit (as Neo4j
/// does), numbers by value, and null sorts last ascending.
/// </summary>
public static class CypherOrder
{
    public static readonly IComparer<string?> Text = Comparer<string?>.Create((a, b) =>
        a is null ? (b is null ? 0 : 1) : b is null ? -1 : string.CompareOrdinal(a, b));

    /// <summary>Compares two lists of sort keys (<c>[a.publishedOn, r.position, r.id]</c>) key by key.</summary>
    /// <remarks>Walks both lists side by side: a sort calls this n log n times, so it copies nothing.</remarks>
    public static readonly IComparer<JsonElement> Keys = Comparer<JsonElement>.Create((a, b) =>
    {
        if (a.ValueKind != JsonValueKind.Array || b.ValueKind != JsonValueKind.Array)
        {
            return (a.ValueKind == JsonValueKind.Array ? a.GetArrayLength() : 0).CompareTo(b.ValueKind == JsonValueKind.Array ? b.GetArrayLength() : 0);
        }

        using var left = a.EnumerateArray();
        using var right = b.EnumerateArray();
        while (true)
        {
            var (more, moreRight) = (left.MoveNext(), right.MoveNext());
            if (!more || !moreRight)
            {
                return more.CompareTo(moreRight);
            }

            if (Compare(left.Current, right.Current) is var order && order != 0)
            {
                return order;
            }
        }
    });

    /// <summary>Compares two single values.</summary>
    public static readonly IComparer<JsonElement> Values = Comparer<JsonElement>.Create(Compare);

    /// <summary>By name, then id: <c>ORDER BY n.name, n.id</c>.</summary>
    public static List<NodeRecord> ByName(IEnumerable<NodeRecord> nodes) =>
        [.. nodes.OrderBy(n => n.Text("name"), Text).ThenBy(n => n.Id, StringComparer.Ordinal)];

    private static int Compare(JsonElement a, JsonElement b)
    {
        var aNull = a.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;
        var bNull = b.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;
        if (aNull || bNull)
        {
            return aNull == bNull ? 0 : aNull ? 1 : -1;
        }

        return a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number
            ? a.GetDouble().CompareTo(b.GetDouble())
            : string.CompareOrdinal(a.ToString(), b.ToString());
    }
}
