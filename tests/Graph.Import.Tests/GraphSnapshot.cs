using Graph.Neo4j.Client;

namespace Graph.Import.Tests;

/// <summary>Every node whose id is given, with its labels and properties, and every relationship between them, as sorted text.</summary>
internal static class GraphSnapshot
{
    private const string Describe = """
        MATCH (n)
        WHERE n.id IN $ids
        OPTIONAL MATCH (n)-[r]->(m)
        WHERE m.id IN $ids
        RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
               collect(type(r) + '>' + m.id + ' ' + coalesce(r.key, '') + ' ' + coalesce(toString(r.order), '')) AS relationships
        """;

    private const string AllIdsNear = """
        MATCH (a:Article {id: $article})
        OPTIONAL MATCH (a)<-[:IN]-(r:Report)-[:REPORTS]->(c:Claim)
        OPTIONAL MATCH (c)-[:ABOUT]->(e)
        OPTIONAL MATCH (r)-[:ORIGINATED_BY|RELAYED_BY]->(s)
        OPTIONAL MATCH (a)-[]->(x)
        WITH collect(DISTINCT a.id) + collect(DISTINCT r.id) + collect(DISTINCT c.id) + collect(DISTINCT e.id) + collect(DISTINCT s.id) + collect(DISTINCT x.id) AS ids
        UNWIND ids AS id
        RETURN collect(DISTINCT id) AS ids
        """;

    public static async Task<List<string>> TakeAsync(ICypherRunner neo4j, IReadOnlyCollection<string> ids)
    {
        var result = await neo4j.RunAsync(new Cypher("TestSnapshot", Describe, new Dictionary<string, object?> { ["ids"] = ids.ToList() }));
        return result.Rows
            .Select(r => $"{r.GetString("id")} {string.Join(":", r.GetStrings("labels").Order(StringComparer.Ordinal))} {r["properties"].GetRawText()} [{string.Join(", ", r.GetStrings("relationships").Order(StringComparer.Ordinal))}]")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The ids of an article, its reports and claims, and everything they point at.</summary>
    public static async Task<IReadOnlyList<string>> IdsAroundAsync(ICypherRunner neo4j, string articleId)
    {
        var result = await neo4j.RunAsync(new Cypher("TestIdsAround", AllIdsNear, new Dictionary<string, object?> { ["article"] = articleId }));
        return result.Rows.Count == 0 ? [] : result.Rows[0].GetStrings("ids");
    }
}
