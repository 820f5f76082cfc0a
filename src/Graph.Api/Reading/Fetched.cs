using System.Text.Json;
using Graph.Api.Nodes;
using GraphQL;
using GraphQL.DataLoader;

namespace Graph.Api.Reading;

/// <summary>
/// The resolver side of the compiled statement: a field reads what its <see cref="Projection"/> put
/// into its parent's map, under its response key. When the value is not there, the field falls back to
/// its batched loader (one more Neo4j request). The compiler leaves a field to its loader only where it
/// cannot put it into the one statement:
/// <list type="bullet">
/// <item>one response key names different fields or arguments under merged parents
/// (<c>a: node { x: about }</c> and <c>b: node { x: reports }</c>; <c>SelectionCompiler.Mergeable</c>), or under the
/// <c>supportedBy</c> and <c>contestedBy</c> of a thing's <c>facts</c> fields on one day, whose claims are one map each
/// (<c>FactCypher.EvidenceOf</c>);</item>
/// <item>the field's own <c>asOf</c> is not a full day (<c>SelectionCompiler.FieldAsOf</c>): its resolver
/// answers the validation error;</item>
/// <item>a field without a <see cref="Projection"/>, or whose projection returns null, or a parent that
/// came from a loader itself.</item>
/// </list>
/// </summary>
public static class Fetched
{
    public static string ResponseKey(IResolveFieldContext context) => context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue;

    /// <summary>What the statement fetched for this field of <paramref name="node"/>, when it did.</summary>
    public static bool TryFetched(this NodeRecord node, IResolveFieldContext context, out JsonElement value)
    {
        value = default;
        return node.Properties.TryGetProperty(SelectionCompiler.FetchedKey, out var fetched)
            && fetched.ValueKind == JsonValueKind.Object
            && fetched.TryGetProperty(ResponseKey(context), out value);
    }

    /// <summary>
    /// The entry several fields of <paramref name="node"/> share (<see cref="ProjectionScope.Shared"/>),
    /// by its <paramref name="key"/> as the statement fetched it for one of them.
    /// </summary>
    public static JsonElement Shared(this NodeRecord node, JsonElement key) => node.Shared(key.GetString()!);

    /// <inheritdoc cref="Shared(NodeRecord, JsonElement)"/>
    public static JsonElement Shared(this NodeRecord node, string key) =>
        node.Properties.GetProperty(SelectionCompiler.FetchedKey).GetProperty(key);

    /// <summary>
    /// The entry of a field whose value is a part of a walk several fields of its node share (<see cref="ProjectionScope.SharedWalk"/>):
    /// the walk's key, the part's name and, when another part of the item holds the field's value, the path to it there
    /// (<c>reports $_p0|reports|_fetched/originatedBy</c>). Written into the statement as one string, not a map: Neo4j 3.1
    /// builds a literal map or list anew for every node it projects, and a page of 50 claims then took 1.5 ms longer
    /// (docs/benchmarks.md, Session 10). A walk's key holds a space but no <c>|</c>; part names and steps are GraphQL or property names.
    /// </summary>
    public static string Reference(string shared, string part, IReadOnlyList<string> path) =>
        path.Count == 0 ? $"{shared}|{part}" : $"{shared}|{part}|{string.Join('/', path)}";

    /// <summary>Whether a fetched string is a <see cref="Reference"/> (else it names another entry of the node).</summary>
    public static bool IsReference(string value) => value.Contains('|', StringComparison.Ordinal);

    /// <summary>
    /// The items of the walk several fields of <paramref name="node"/> share (<see cref="ProjectionScope.SharedWalk"/>),
    /// each with the part of the field whose entry is <paramref name="reference"/> (<see cref="Reference"/>): <c>(item, part)</c>.
    /// When the field's part is held by another part of the item, the reference's path leads to it there (a missing key reads as null).
    /// </summary>
    public static IEnumerable<(JsonElement Item, JsonElement Part)> Parts(this NodeRecord node, JsonElement reference)
    {
        var fields = reference.GetString()!.Split('|');
        var walk = node.Shared(fields[0]);
        if (walk.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var (part, steps) = (fields[1], fields.Length > 2 ? fields[2].Split('/') : []);
        return walk.EnumerateArray().Select(item => (item, Follow(item.GetProperty("parts").GetProperty(part), steps)));
    }

    private static JsonElement Follow(JsonElement value, string[] steps)
    {
        foreach (var step in steps)
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(step, out value))
            {
                return Null;
            }
        }

        return value;
    }

    private static readonly JsonElement Null = JsonDocument.Parse("null").RootElement;

    /// <summary>The fetched value read with <paramref name="read"/>, else (not compiled) what <paramref name="load"/> loads.</summary>
    public static object? Or<T>(this NodeRecord node, IResolveFieldContext context, Func<JsonElement, T> read, Func<IDataLoaderResult<T>> load) =>
        node.TryFetched(context, out var value) ? read(value) : load();
}
