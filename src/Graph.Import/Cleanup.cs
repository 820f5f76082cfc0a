using Graph.Neo4j.Client;

namespace Graph.Import;

/// <summary>Removes what no article supports any more: claims with no report, inline things nothing uses.</summary>
internal static class Cleanup
{
    private const string DeleteUnreportedClaims = """
        MATCH (c:Claim)
        WHERE NOT (c)<-[:REPORTS]-(:Report)
        DETACH DELETE c
        RETURN 'Claim' AS kind, count(*) AS removed
        """;

    // An inline thing stays while an article declares it or anything else points at it; its own
    // relationships (declaredBy = its id) do not count as uses.
    private const string DeleteUnusedInlineThings = """
        MATCH (e:Entity)
        WHERE e.inline = true AND NOT (e)-[:DECLARED_IN]->(:Article)
        OPTIONAL MATCH (e)-[r]-()
        WHERE coalesce(r.declaredBy, '') <> e.id
        WITH e, count(r) AS uses
        WHERE uses = 0
        WITH e, e.kind AS kind
        DETACH DELETE e
        RETURN kind, count(*) AS removed
        """;

    public static IEnumerable<GraphWrite> Orphans()
    {
        yield return GraphWrite.Removals(new Cypher("DeleteUnreportedClaims", DeleteUnreportedClaims));
        yield return GraphWrite.Removals(new Cypher("DeleteUnusedInlineThings", DeleteUnusedInlineThings));
    }
}
