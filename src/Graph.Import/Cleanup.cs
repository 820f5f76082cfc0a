using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;

namespace Graph.Import;

/// <summary>
/// Removes what a group of articles' write left without support (claims no report carries, inline things
/// nothing uses) and refreshes what claims take from their reports, touching only what those articles
/// touched. The group's request is one transaction that cannot read between its statements, so
/// <see cref="Remember"/> runs first and keeps on each article node the claims and inline things the
/// article used before (<c>cleanupClaims</c>, <c>cleanupThings</c>); the clean-up starts from those ids
/// (unique-id index lookups, never a label scan) and <see cref="Forget"/> removes them again in the same
/// transaction, so no reader ever sees them and a re-import leaves the articles as they were. Each
/// statement covers every article of the group (<c>$ids</c>): a thing one article stopped using and another
/// still uses stays.
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
             [(e:Entity)-[:DECLARED_IN]->(a:Article) | e.id] + article.declares AS declared
        UNWIND CASE WHEN declared = [] THEN [null] ELSE declared END AS held
        OPTIONAL MATCH (h:Entity {id: held})-[link]-(n:Entity)
        WHERE link.declaredBy = h.id AND n.inline = true
        WITH a, claims, used + declared AS things, collect(n.id) AS linked
        SET a.cleanupClaims = claims, a.cleanupThings = things + linked
        """;

    // A new article is created here (with the empty hash UpsertArticles' verdict reads as "created"), so that it can hold the lists.
    private const string RememberArticleUses = $$"""
        UNWIND $articles AS article
        MERGE (a:Article {id: article.id})
        ON CREATE SET a.hash = ''
        WITH a, article
        {{RememberUses}}
        """;

    // A retraction must not create the article it removes.
    private const string RememberRetractedArticleUses = $$"""
        UNWIND $articles AS article
        MATCH (a:Article {id: article.id})
        WITH a, article
        {{RememberUses}}
        """;

    private const string DeleteUnreportedClaims = """
        UNWIND $ids AS id
        MATCH (a:Article {id: id})
        UNWIND a.cleanupClaims AS claim
        WITH DISTINCT claim
        MATCH (c:Claim {id: claim})
        WHERE NOT (c:Claim)<-[:REPORTS]-(:Report)
        DETACH DELETE c
        RETURN 'Claim' AS kind, count(*) AS removed
        """;

    // The statement of the earliest report and the ids files give the claim, kept on the claim node for
    // search (with its lower-cased copy, which claims(text:) starts from), sorting and Neo4j Browser
    // captions, for the claims the articles report now ($claims) or reported before; only claims whose
    // values differ are written.
    private static readonly string RefreshClaimNames = $$"""
        UNWIND $ids AS id
        MATCH (a:Article {id: id})
        WITH collect(a.cleanupClaims) AS remembered
        UNWIND reduce(all = $claims, claims IN remembered | all + coalesce(claims, [])) AS claim
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
    // remembered instead, on every article of the group, for the next pass: they may have been used only by it.
    private const string DeleteUnusedInlineThings = """
        UNWIND $ids AS id
        MATCH (a:Article {id: id})
        UNWIND a.cleanupThings AS thing
        WITH DISTINCT thing
        MATCH (e:Entity {id: thing})
        WHERE e.inline = true AND NOT (e:Entity)-[:DECLARED_IN]->(:Article)
        OPTIONAL MATCH (e)-[r]-()
        WHERE coalesce(r.declaredBy, '') <> e.id
        WITH e, count(r) AS uses
        WHERE uses = 0
        OPTIONAL MATCH (e)-[own]-(n:Entity)
        WHERE own.declaredBy = e.id AND n.inline = true
        WITH e, collect(n.id) AS next
        WITH collect(e) AS gone, collect(e.id) AS goneIds, collect(e.kind) AS kinds, reduce(found = [], ids IN collect(next) | found + ids) AS next
        FOREACH (e IN gone | DETACH DELETE e)
        WITH kinds, [id IN next WHERE NOT id IN goneIds] AS next
        UNWIND $ids AS id
        MATCH (a:Article {id: id})
        SET a.cleanupThings = next
        WITH kinds, count(a) AS articles
        UNWIND kinds AS kind
        RETURN kind, count(*) AS removed
        """;

    private const string ForgetArticleUses = """
        UNWIND $ids AS id
        MATCH (a:Article {id: id})
        REMOVE a.cleanupClaims, a.cleanupThings
        """;

    /// <summary>How deep a chain of inline things that only use each other is cleared (an event in a town in a region).</summary>
    private const int InlineChainDepth = 3;

    /// <summary>The first statement of a group's request: what each article uses before it is rewritten.</summary>
    /// <param name="articles">per article, <c>id</c> and <c>declares</c>: the things it declares now (their links may change).</param>
    /// <param name="retraction">the article is being removed: an unknown one is not created.</param>
    public static GraphWrite Remember(IReadOnlyList<Dictionary<string, object?>> articles, bool retraction = false) =>
        GraphWrite.Silent(new Cypher(retraction ? "RememberRetractedArticleUses" : "RememberArticleUses",
            retraction ? RememberRetractedArticleUses : RememberArticleUses,
            new Dictionary<string, object?> { ["articles"] = articles }));

    /// <summary>After the articles' writes: removes and refreshes what they used before (see <see cref="Remember"/>).</summary>
    /// <param name="claims">the claims the articles report now: their names and statement are refreshed too.</param>
    public static IEnumerable<GraphWrite> Orphans(IReadOnlyCollection<string> articleIds, IReadOnlyCollection<string> claims)
    {
        var ids = new Dictionary<string, object?> { ["ids"] = articleIds.ToList() };
        yield return GraphWrite.Removals(new Cypher("DeleteUnreportedClaims", DeleteUnreportedClaims, ids));
        yield return GraphWrite.Silent(new Cypher("RefreshClaimNames", RefreshClaimNames, new Dictionary<string, object?> { ["ids"] = articleIds.ToList(), ["claims"] = claims.ToList() }));
        // A thing used only by another unused inline thing is free once that one is gone: one pass per link of the chain.
        for (var pass = 0; pass < InlineChainDepth; pass++)
        {
            yield return GraphWrite.Removals(new Cypher("DeleteUnusedInlineThings", DeleteUnusedInlineThings, ids));
        }
    }

    /// <summary>The last statement of a group's request: the remembered lists go.</summary>
    public static GraphWrite Forget(IReadOnlyCollection<string> articleIds) =>
        GraphWrite.Silent(new Cypher("ForgetArticleUses", ForgetArticleUses, new Dictionary<string, object?> { ["ids"] = articleIds.ToList() }));
}
