using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Graph.Bench.Questions;

/// <summary>
/// Whether the hand-written answer is the GraphQL answer. Keys compare whatever their order, numbers by
/// value (12000 and 12000.0 are one figure), cursors only by being there (they are opaque), and lists
/// in order where their order is the question's (a root field's list, a connection's edges; <c>changes</c>
/// by its articles' day only, as documented) and as multisets below that (the reports of a claim, its
/// originators: the same items in any order).
/// </summary>
public static class AnswerComparison
{
    /// <summary>What any cursor is compared as: clients must not read them, so only their presence is the answer.</summary>
    public const string OpaqueCursor = "<cursor>";

    private static readonly string[] Cursors = ["endCursor", "startCursor", "cursor"];

    /// <summary>
    /// Lists whose documented order is by a key only: <c>changes</c> is "in the order the articles were
    /// published", so the changes one article brings may come in any order among themselves.
    /// </summary>
    private static readonly Dictionary<string, Func<JsonNode?, string>> OrderedBy = new(StringComparer.Ordinal)
    {
        ["data.changes"] = change => change?["article"]?["publishedOn"]?.ToJsonString() ?? "null",
    };

    /// <summary>Null when equal, else the path of the first difference with both values.</summary>
    public static string? Difference(JsonNode? graphQL, JsonNode? handWritten) => Compare(graphQL, handWritten, "data", ordered: true);

    private static string? Compare(JsonNode? a, JsonNode? b, string path, bool ordered)
    {
        switch (a, b)
        {
            case (null, null):
                return null;
            case (JsonObject x, JsonObject y):
                foreach (var key in x.Select(p => p.Key).Union(y.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    if (!x.ContainsKey(key) || !y.ContainsKey(key))
                    {
                        return $"{path}.{key}: only in the {(x.ContainsKey(key) ? "GraphQL" : "hand-written")} answer";
                    }

                    if (Cursors.Contains(key))
                    {
                        if ((x[key] is null) != (y[key] is null))
                        {
                            return $"{path}.{key}: a cursor on one side only";
                        }

                        continue;
                    }

                    // A root field's list and a connection's edges keep their order (not a neighbourhood's edges, a set); nested lists are multisets.
                    var keepOrder = path == "data" || (key == "edges" && !x.ContainsKey("nodes"));
                    if (Compare(x[key], y[key], $"{path}.{key}", keepOrder) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case (JsonArray x, JsonArray y):
                if (x.Count != y.Count)
                {
                    return $"{path}: {x.Count} items in the GraphQL answer, {y.Count} in the hand-written one";
                }

                if (OrderedBy.TryGetValue(path, out var orderKey))
                {
                    if (!x.Select(orderKey).SequenceEqual(y.Select(orderKey), StringComparer.Ordinal))
                    {
                        return $"{path}: the items are not in the same order of {string.Join(", ", OrderedBy.Keys)}'s key";
                    }

                    // Within one key, any order: compared as sorted by the key, then the text.
                    x = new JsonArray([.. x.OrderBy(orderKey, StringComparer.Ordinal).ThenBy(Canonical, StringComparer.Ordinal).Select(n => n?.DeepClone())]);
                    y = new JsonArray([.. y.OrderBy(orderKey, StringComparer.Ordinal).ThenBy(Canonical, StringComparer.Ordinal).Select(n => n?.DeepClone())]);
                    ordered = true;
                }

                var left = ordered ? [.. x] : x.OrderBy(Canonical, StringComparer.Ordinal).ToList();
                var right = ordered ? [.. y] : y.OrderBy(Canonical, StringComparer.Ordinal).ToList();
                for (var i = 0; i < left.Count; i++)
                {
                    if (Compare(left[i], right[i], $"{path}[{i}]", ordered: false) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                return Canonical(a) == Canonical(b) ? null : $"{path}: GraphQL {Canonical(a)}, hand-written {Canonical(b)}";
        }
    }

    /// <summary>One text per value: keys sorted, lists sorted, numbers in one form, cursors as <see cref="OpaqueCursor"/>.</summary>
    public static string Canonical(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text, null);
        return text.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder text, string? key)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject map:
                text.Append('{');
                foreach (var (name, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(name).Append(':');
                    Write(value, text, name);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case JsonArray list:
                text.Append('[').AppendJoin(',', list.Select(Canonical).Order(StringComparer.Ordinal)).Append(']');
                break;
            case JsonValue value when key is not null && Cursors.Contains(key):
                text.Append(value.TryGetValue<string>(out _) ? OpaqueCursor : value.ToJsonString());
                break;
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                text.Append(double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(node.ToJsonString());
                break;
        }
    }

    /// <summary>How big an answer is: every value in it (a growing answer costs more to send whatever the plan).</summary>
    public static int Size(JsonNode? node) => node switch
    {
        JsonObject map => 1 + map.Sum(p => Size(p.Value)),
        JsonArray list => 1 + list.Sum(Size),
        _ => 1,
    };
}
