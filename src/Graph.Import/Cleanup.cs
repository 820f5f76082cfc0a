using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;

namespace Graph.Import;

/// <summary>
/// Removes what one article's write left without support (claims no report carries, inline things
/// nothing uses) and refreshes what claims take from their reports, touching only what that article
/// touched. The article's request is one transaction that cannot read between its statements, so
/// <see cref="Remember"/> runs first and keeps on the article node the claims and inline things the
/// article used before (<c>cleanupClaims</c>, <c>cleanupThings</c>); the clean-up starts from those ids
/// (unique-id index lookups, never a label scan) and <see cref="Forget"/> removes them again in the same
/// transaction, so no reader ever sees them and a re-import leaves the article as it was.
/// </summary>
internal static class Cleanup
{
    // The claims the article's reports carried and the inline things it, its reports and their claims used,
    // plus the inline things linked by the things it declares (their links may be rewritten or dropped).
    private const string RememberUses = """
        WITH a,
             [(a:Article)<-[:IN]-(:Report)-[:REPORTS]->(c:Claim) | c.id] AS claims,
             [(a:Article)<-[:IN]-(:Report)-[:ORIGINATED_BY|RELAYED_BY]->(e:Entity) WHERE e.inline = true | e.id]
               + [(a:Article)<-[:IN]-(:Report)-[:REPORTS]->(:Claim)-[:ABOUT]->(e:Entity) WHERE e.inline = true | e.id]
               + [(a:Article)-[:PUBLISHED_BY|WRITTEN_BY|EDITED_BY|CITES]->(e:Entity) WHERE e.inline = true | e.id] AS used,
             [(e:Entity)-[:DECLARED_IN]->(a:Article) | e.id] + $declares AS declared
        UNWIND CASE WHEN declared = [] THEN [null] ELSE declared END AS held
        OPTIONAL MATCH (h:Entity {id: held})-[link]-(n:Entity)
        WHERE link.declaredBy = h.id AND n.inline = true
        WITH a, claims, used + declared AS things, collect(n.id) AS linked
        SET a.cleanupClaims = claims, a.cleanupThings = things + linked
        """;

    // A new article is created here (with the empty hash UpsertArticle's verdict reads as "created"), so that it can hold the list.
    private const string RememberArticleUses = $$"""
        MERGE (a:Article {id: $id})
        ON CREATE SET a.hash = ''
        {{RememberUses}}
        """;

    // A retraction must not create the article it removes.
    private const string RememberRetractedArticleUses = $$"""
        MATCH (a:Article {id: $id})
        {{RememberUses}}
        """;

    private const string DeleteUnreportedClaims = """
        MATCH (a:Article {id: $id})
        UNWIND a.cleanupClaims AS claim
        WITH DISTINCT claim
        MATCH (c:Claim {id: claim})
        WHERE NOT (c:Claim)<-[:REPORTS]-(:Report)
        DETACH DELETE c
        RETURN 'Claim' AS kind, count(*) AS removed
        """;

    // The statement of the earliest report and the ids files give the claim, kept on the claim node for
    // search (with its lower-cased copy, which claims(text:) starts from), sorting and Neo4j Browser
    // captions, for the claims an article reports now ($claims) or reported before; only claims whose
    // values differ are written.
    private static readonly string RefreshClaimNames = $$"""
        MATCH (a:Article {id: $id})
        UNWIND coalesce(a.cleanupClaims, []) + $claims AS claim
        WITH DISTINCT claim
        MATCH (c:Claim {id: claim})<-[:REPORTS]-(r:Report)-[:IN]->(x:Article)
        WITH c, r
        ORDER BY x.publishedOn, x.published, r.position, r.id
        WITH c, head(collect(r.statement)) AS statement, collect(r.claimName) AS all
        WITH c, statement, reduce(names = [], n IN all | CASE WHEN n IN names THEN names ELSE names + n END) AS names
        WHERE c.statement IS NULL OR c.statement <> statement OR c.names IS NULL OR c.names <> names OR c.statementLower IS NULL
        SET c.statement = statement, c.statementLower = {{SearchProperties.ClaimStatement("statement")}}, c.names = names
        """;

    // An inline thing of the remembered ones goes when no article declares it and nothing else points at
    // it; its own relationships (declaredBy = its id) do not count as uses. The things it linked to are
    // remembered instead, for the next pass: they may have been used only by it.
    private const string DeleteUnusedInlineThings = """
        MATCH (a:Article {id: $id})
        UNWIND a.cleanupThings AS thing
        WITH DISTINCT a, thing
        MATCH (e:Entity {id: thing})
        WHERE e.inline = true AND NOT (e:Entity)-[:DECLARED_IN]->(:Article)
        OPTIONAL MATCH (e)-[r]-()
        WHERE coalesce(r.declaredBy, '') <> e.id
        WITH a, e, count(r) AS uses
        WHERE uses = 0
        OPTIONAL MATCH (e)-[own]-(n:Entity)
        WHERE own.declaredBy = e.id AND n.inline = true
        WITH a, e, collect(n.id) AS next
        WITH a, collect(e) AS gone, collect(e.id) AS goneIds, collect(e.kind) AS kinds, reduce(found = [], ids IN collect(next) | found + ids) AS next
        SET a.cleanupThings = [id IN next WHERE NOT id IN goneIds]
        FOREACH (e IN gone | DETACH DELETE e)
        WITH kinds
        UNWIND kinds AS kind
        RETURN kind, count(*) AS removed
        """;

    private const string ForgetArticleUses = """
        MATCH (a:Article {id: $id})
        REMOVE a.cleanupClaims, a.cleanupThings
        """;

    /// <summary>How deep a chain of inline things that only use each other is cleared (an event in a town in a region).</summary>
    private const int InlineChainDepth = 3;

    /// <summary>The first statement of an article's request: what the article uses before it is rewritten.</summary>
    /// <param name="declares">the things the article declares now (their links may change).</param>
    /// <param name="retraction">the article is being removed: an unknown one is not created.</param>
    public static GraphWrite Remember(string articleId, IReadOnlyCollection<string> declares, bool retraction = false) =>
        GraphWrite.Silent(new Cypher(retraction ? "RememberRetractedArticleUses" : "RememberArticleUses",
            retraction ? RememberRetractedArticleUses : RememberArticleUses,
            new Dictionary<string, object?> { ["id"] = articleId, ["declares"] = declares.ToList() }));

    /// <summary>After the article's writes: removes and refreshes what it used before (see <see cref="Remember"/>).</summary>
    /// <param name="claims">the claims the article reports now: their names and statement are refreshed too.</param>
    public static IEnumerable<GraphWrite> Orphans(string articleId, IReadOnlyCollection<string> claims)
    {
        var id = new Dictionary<string, object?> { ["id"] = articleId };
        yield return GraphWrite.Removals(new Cypher("DeleteUnreportedClaims", DeleteUnreportedClaims, id));
        yield return GraphWrite.Silent(new Cypher("RefreshClaimNames", RefreshClaimNames, new Dictionary<string, object?> { ["id"] = articleId, ["claims"] = claims.ToList() }));
        // A thing used only by another unused inline thing is free once that one is gone: one pass per link of the chain.
        for (var pass = 0; pass < InlineChainDepth; pass++)
        {
            yield return GraphWrite.Removals(new Cypher("DeleteUnusedInlineThings", DeleteUnusedInlineThings, id));
        }
    }

    /// <summary>The last statement of an article's request: the remembered lists go.</summary>
    public static GraphWrite Forget(string articleId) =>
        GraphWrite.Silent(new Cypher("ForgetArticleUses", ForgetArticleUses, new Dictionary<string, object?> { ["id"] = articleId }));
}
