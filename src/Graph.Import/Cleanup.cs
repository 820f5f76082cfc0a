using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;

namespace Graph.Import;

/// <summary>Removes what no article supports any more (claims with no report, inline things nothing uses) and refreshes what claims take from their reports.</summary>
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

    // The statement of the earliest report and the ids files give the claim, kept on the claim node for
    // search (with its lower-cased copy, which claims(text:) starts from), sorting and Neo4j Browser captions, for the claims an article reports now or reported
    // before ($claims); only claims whose values differ are written.
    private static readonly string RefreshClaimNames = $$"""
        UNWIND $claims AS id
        MATCH (c:Claim {id: id})<-[:REPORTS]-(r:Report)-[:IN]->(a:Article)
        WITH c, r
        ORDER BY a.publishedOn, a.published, r.position, r.id
        WITH c, head(collect(r.statement)) AS statement, collect(r.claimName) AS all
        WITH c, statement, reduce(names = [], n IN all | CASE WHEN n IN names THEN names ELSE names + n END) AS names
        WHERE c.statement IS NULL OR c.statement <> statement OR c.names IS NULL OR c.names <> names OR c.statementLower IS NULL
        SET c.statement = statement, c.statementLower = {{SearchProperties.ClaimStatement("statement")}}, c.names = names
        """;

    /// <summary>How deep a chain of inline things that only use each other is cleared (an event in a town in a region).</summary>
    private const int InlineChainDepth = 3;

    /// <param name="claims">the claims whose reports changed: their names and statement are refreshed.</param>
    public static IEnumerable<GraphWrite> Orphans(IReadOnlyCollection<string> claims)
    {
        yield return GraphWrite.Removals(new Cypher("DeleteUnreportedClaims", DeleteUnreportedClaims));
        yield return GraphWrite.Silent(new Cypher("RefreshClaimNames", RefreshClaimNames, new Dictionary<string, object?> { ["claims"] = claims.ToList() }));
        // A thing used only by another unused inline thing is free once that one is gone: one pass per link of the chain.
        for (var pass = 0; pass < InlineChainDepth; pass++)
        {
            yield return GraphWrite.Removals(new Cypher("DeleteUnusedInlineThings", DeleteUnusedInlineThings));
        }
    }
}
