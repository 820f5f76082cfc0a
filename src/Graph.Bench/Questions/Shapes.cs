using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;

namespace Graph.Bench.Questions;

/// <summary>
/// Turns the maps the hand-written Cypher returns into the JSON a client of the GraphQL API gets, as a
/// client that asked Neo4j directly would: picking the selected keys, ordering reports earliest first,
/// taking the distinct originators, relays and articles over them. No Neo4j here, no API code.
/// </summary>
internal static class Shapes
{
    /// <summary>A map with only <paramref name="keys"/>; a missing key is null; <c>name</c> falls back to the id as the API's does.</summary>
    public static JsonObject Pick(JsonElement map, params string[] keys)
    {
        var picked = new JsonObject();
        foreach (var key in keys)
        {
            picked[key] = key == "name" && Text(map, "name") is null ? Text(map, "id") : Node(map, key);
        }

        return picked;
    }

    public static JsonNode? Node(JsonElement map, string key) =>
        map.ValueKind == JsonValueKind.Object && map.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null ? JsonNode.Parse(value.GetRawText()) : null;

    public static string? Text(JsonElement map, string key) =>
        map.ValueKind == JsonValueKind.Object && map.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static double? Number(JsonElement map, string key) =>
        map.ValueKind == JsonValueKind.Object && map.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    public static IEnumerable<JsonElement> Items(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Where(e => e.ValueKind != JsonValueKind.Null) : [];

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    /// <summary>A claim's figure with the selected fields, or null when it gives none; the qualifier as the GraphQL enum (<c>UP_TO</c>).</summary>
    public static JsonObject? Quantity(JsonElement claim, params string[] fields)
    {
        var qualifier = Text(claim, ClaimFields.QuantityQualifier);
        if (Number(claim, ClaimFields.QuantityValue) is null && Number(claim, ClaimFields.QuantityLow) is null && Number(claim, ClaimFields.QuantityHigh) is null && qualifier is null)
        {
            return null;
        }

        var quantity = new JsonObject();
        foreach (var field in fields)
        {
            quantity[field] = field switch
            {
                "value" => Number(claim, ClaimFields.QuantityValue),
                "low" => Number(claim, ClaimFields.QuantityLow),
                "high" => Number(claim, ClaimFields.QuantityHigh),
                "unit" => Text(claim, ClaimFields.QuantityUnit) ?? string.Empty,
                "qualifier" => (qualifier is null || !Tokens.TryParse(qualifier, out QuantityQualifier parsed) ? QuantityQualifier.Exact : parsed) switch
                {
                    QuantityQualifier.UpTo => "UP_TO",
                    QuantityQualifier.AtLeast => "AT_LEAST",
                    QuantityQualifier.MoreThan => "MORE_THAN",
                    QuantityQualifier.LessThan => "LESS_THAN",
                    var other => other.ToString().ToUpperInvariant(),
                },
                _ => throw new ArgumentException($"no quantity field {field}"),
            };
        }

        return quantity;
    }

    /// <summary>The reports of a claim (the <c>reports</c> list of the hand-written projection), earliest first: by the article's publication, then position.</summary>
    public static List<JsonElement> Reports(JsonElement claim) =>
    [
        .. Items(claim.GetProperty("reports"))
            .OrderBy(r => Text(r.GetProperty("article"), "publishedOn"), StringComparer.Ordinal)
            .ThenBy(r => Text(r.GetProperty("article"), "published"), StringComparer.Ordinal)
            .ThenBy(r => Number(r, "position"))
            .ThenBy(r => Text(r, "id"), StringComparer.Ordinal),
    ];

    /// <summary>The relays of a report in their order.</summary>
    public static IEnumerable<JsonElement> Via(JsonElement report) => Items(report.GetProperty("via")).OrderBy(v => Number(v, "order") ?? int.MaxValue);

    public static IEnumerable<JsonElement> Originators(JsonElement report) => Items(report.GetProperty("originatedBy"));

    /// <summary>Who asserted it, over all its reports (distinct).</summary>
    public static JsonArray AttributedTo(List<JsonElement> reports, params string[] keys) =>
        Array(reports.SelectMany(Originators).DistinctBy(o => Text(o, "id")).Select(o => Pick(o, keys)));

    /// <summary>Who relayed it, over all its reports (distinct).</summary>
    public static JsonArray Via(List<JsonElement> reports, params string[] keys) =>
        Array(reports.SelectMany(Via).DistinctBy(v => Text(v, "id")).Select(v => Pick(v, keys)));

    /// <summary>The articles that reported it (distinct).</summary>
    public static JsonArray ReportedIn(List<JsonElement> reports, Func<JsonElement, JsonObject> article) =>
        Array(reports.Select(r => r.GetProperty("article")).DistinctBy(a => Text(a, "id")).Select(article));

    public static string? Quote(List<JsonElement> reports) => reports.Select(r => Text(r, "quote")).FirstOrDefault(q => q is not null);

    /// <summary>An article's publisher (a one-element list in the projection), or null.</summary>
    public static JsonObject? Publisher(JsonElement article, params string[] keys) =>
        Items(article.GetProperty("publisher")).Select(p => Pick(p, keys)).FirstOrDefault();

    /// <summary>A claim as <see cref="ClaimRelations"/> reads it: its content from the node's properties, what it is about from <c>about: [{id, ...}]</c>.</summary>
    public static ClaimDefinition Definition(JsonElement claim) =>
        ClaimFields.Read(Text(claim, "id") ?? string.Empty, p => Text(claim, p), p => Number(claim, p), [.. Items(claim.GetProperty("about")).Select(a => Text(a, "id")!)]);

    /// <summary>The kind token of a thing (<c>kind</c> property) as the GraphQL type name.</summary>
    public static string? TypeName(JsonElement thing) =>
        Text(thing, "kind") is { } kind && EntityKindExtensions.TryParseToken(kind, out var parsed) ? parsed.Label() : null;
}
