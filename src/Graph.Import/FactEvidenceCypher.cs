using System.Text.Json;
using Graph.Knowledge.Claims;
using Graph.Knowledge.Facts;
using Graph.Knowledge.Model;
using Graph.Neo4j.Client;

namespace Graph.Import;

/// <summary>
/// The claims about things as known on <c>$asOf</c> (null: everything), each with the independent
/// origins of the reports counted: what <see cref="FactRules"/> settles facts from. The API's
/// <c>Entity.facts</c> and the import's list of disputed facts read the same statement.
/// </summary>
public static class FactEvidenceCypher
{
    /// <summary>
    /// From the originators <c>o</c> (rows carrying <paramref name="carried"/>) to one top-level actor
    /// each, <c>origin</c> (the rule of <see cref="IndependentOrigins"/>).
    /// </summary>
    public static string TopLevelOrigins(string carried) => $$"""
        OPTIONAL MATCH path = (o)-[:{{IndependentOrigins.AnyTie}}*1..{{IndependentOrigins.MaxTies}}]->(top:Entity)
        WHERE NOT (top)-[:{{IndependentOrigins.AnyTie}}]->(:Entity)
        WITH {{carried}}, o, top, length(path) AS hops
        ORDER BY CASE WHEN top:{{Labels.Country}} THEN 0 ELSE 1 END, hops, top.id
        WITH {{carried}}, o, head(collect(top)) AS top
        WITH {{carried}}, coalesce(top, o) AS origin
        """;

    /// <summary>
    /// For each thing of <c>$keys</c>: every claim about it that a report in an article published by
    /// <c>$asOf</c> carries (a claim none carries is not known yet), when it was first reported, and the
    /// origins of the counted reports; <c>node</c> is the claim with <c>about: [{id, kind}]</c>.
    /// </summary>
    /// <remarks>
    /// An article has a day (the seed requires it), so one whose <c>publishedOn</c> reads null is one another writer
    /// (a retraction) deleted while this read ran: Neo4j 3.1 then reads its properties as null rather than failing.
    /// It is left out, as a read after the retraction would. The day is read once, into <c>day</c>, and the filter and
    /// <c>min</c> both use that value: read again at <c>min</c>, a deletion between the two reads made <c>firstReported</c>
    /// null (a test importing beside a retraction failed so on a clean clone). So <c>firstReported</c> is never null.
    /// </remarks>
    public static readonly string Evidence = $$"""
        UNWIND $keys AS key
        MATCH (:Entity {id: key})<-[:{{RelationshipTypes.About}}]-(c:Claim)<-[:{{RelationshipTypes.Reports}}]-(r:Report)-[:{{RelationshipTypes.In}}]->(a:Article)
        WITH key, c, r, a.publishedOn AS day
        WHERE day IS NOT NULL AND ($asOf IS NULL OR day <= $asOf)
        OPTIONAL MATCH (r)-[:{{RelationshipTypes.OriginatedBy}}]->(o:Entity)
        WITH key, c, day, o
        {{TopLevelOrigins("key, c, day")}}
        WITH key, c, min(day) AS firstReported, collect(DISTINCT origin.id) AS origins
        ORDER BY firstReported, c.id
        RETURN key, c {.*, labels: labels(c), about: [(c)-[:{{RelationshipTypes.About}}]->(x:Entity) | {id: x.id, kind: x.kind}]} AS node, firstReported, origins
        """;

    /// <summary>The things' kinds and their facts' evidence, read from rows of <see cref="Evidence"/>.</summary>
    public static (FactEvidence Evidence, IReadOnlyList<(string Id, EntityKind Kind)> About) Read(JsonElement node, string firstReported, IReadOnlyList<string> origins)
    {
        // One pass over what the claim is about (read for every claim of every thing whose facts the API shows).
        var ids = new List<string>();
        var kinds = new List<(string Id, EntityKind Kind)>();
        if (node.TryGetProperty("about", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var about in list.EnumerateArray())
            {
                var id = about.GetProperty("id").GetString()!;
                ids.Add(id);
                if (about.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String && EntityKindExtensions.TryParseToken(k.GetString()!, out var kind))
                {
                    kinds.Add((id, kind));
                }
            }
        }

        var claim = ClaimFields.Read(Text(node, "id") ?? string.Empty, p => Text(node, p), p => Number(node, p), ids);
        return (new FactEvidence(claim, origins, firstReported), kinds);
    }

    /// <summary>The facts the evidence rows of one thing settle on.</summary>
    public static IReadOnlyList<Fact> Settle(EntityKind kind, string thing, IEnumerable<(FactEvidence Evidence, IReadOnlyList<(string Id, EntityKind Kind)> About)> rows)
    {
        var list = rows.ToList();
        var kinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (var about in list.SelectMany(r => r.About))
        {
            kinds.TryAdd(about.Id, about.Kind);
        }

        return FactRules.Resolve(kind, thing, list.Select(r => r.Evidence), id => kinds.TryGetValue(id, out var k) ? k : null);
    }

    private static string? Text(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
