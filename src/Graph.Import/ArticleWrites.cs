using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;
using Graph.Neo4j.Client;

namespace Graph.Import;

/// <summary>
/// The statements that make the graph match one article file: the article, its inline things, its
/// claims and its reports; then whatever the file no longer says is removed.
/// </summary>
internal static class ArticleWrites
{
    private const string UpsertArticle = $$"""
        MERGE (a:Article {id: $id})
        ON CREATE SET a.hash = ''
        WITH a, a.hash AS before, $row AS row
        FOREACH (ignored IN CASE WHEN before = row.hash THEN [] ELSE [1] END |
          SET a.title = row.title, a.url = row.url, a.published = row.published, a.publishedOn = row.publishedOn,
              a.language = row.language, a.section = row.section, a.topics = row.topics, a.sourceFile = row.sourceFile,
              a.hash = row.hash)
        RETURN a.id AS id, {{EntityWrites.ChangeVerdict}} AS change
        """;

    private const string DeleteArticleReports = """
        MATCH (r:Report)-[:IN]->(:Article {id: $id})
        DETACH DELETE r
        RETURN 'Report' AS kind, count(*) AS removed
        """;

    private const string DeleteArticle = """
        MATCH (a:Article {id: $id})
        DETACH DELETE a
        RETURN 'Article' AS kind, count(*) AS removed
        """;

    private const string DeleteStaleArticleLinks = """
        MATCH (a:Article {id: $id})-[r]->()
        WHERE NOT r.key IN $keys
        DELETE r
        """;

    private const string DeleteStaleDeclarations = """
        MATCH (e:Entity)-[r:DECLARED_IN]->(a:Article {id: $id})
        WHERE NOT e.id IN $declares
        DELETE r
        """;

    private const string MergeDeclarations = """
        MATCH (a:Article {id: $id})
        UNWIND $declares AS declared
        MATCH (e:Entity {id: declared})
        MERGE (e)-[:DECLARED_IN]->(a)
        """;

    // A claim node is its content (ClaimKey): the id is derived from the key, so the same statement
    // from any article meets the same node. Only the grade can change under an id.
    private const string UpsertClaims = $$"""
        UNWIND $rows AS row
        MERGE (c:Claim {id: row.id})
        ON CREATE SET c.hash = ''
        WITH c, row, c.hash AS before
        FOREACH (ignored IN CASE WHEN before = row.hash THEN [] ELSE [1] END |
          SET c.key = row.key, c.predicate = row.predicate, c.value = row.value,
              c.quantityValue = row.quantityValue, c.quantityLow = row.quantityLow, c.quantityHigh = row.quantityHigh,
              c.quantityUnit = row.quantityUnit, c.quantityQualifier = row.quantityQualifier,
              c.stance = row.stance, c.time = row.time, c.credibility = row.credibility,
              c.credibilityGradedBy = row.credibilityGradedBy, c.credibilityGradedOn = row.credibilityGradedOn,
              c.hash = row.hash)
        RETURN row.id AS id, {{EntityWrites.ChangeVerdict}} AS change
        """;

    // About is part of the key, so a claim's ABOUT relationships never change once written.
    private const string MergeAbout = """
        UNWIND $links AS l
        MATCH (c:Claim {id: l.claim})
        MATCH (e:Entity {id: l.entity})
        MERGE (c)-[:ABOUT]->(e)
        """;

    // A report whose claim content was edited under the same name moves to the new claim (the old one goes when nothing reports it).
    private const string UpsertReports = $$"""
        MATCH (a:Article {id: $id})
        UNWIND $rows AS row
        MATCH (c:Claim {id: row.claim})
        MERGE (r:Report {id: row.id})
        ON CREATE SET r.hash = ''
        WITH a, c, r, row, r.hash AS before
        OPTIONAL MATCH (r)-[stale:REPORTS]->(other:Claim)
        WHERE other <> c
        DELETE stale
        WITH DISTINCT a, c, r, row, before
        MERGE (r)-[:REPORTS]->(c)
        MERGE (r)-[:IN]->(a)
        FOREACH (ignored IN CASE WHEN before = row.hash THEN [] ELSE [1] END |
          SET r.statement = row.statement, r.claimName = row.claimName, r.quote = row.quote, r.how = row.how,
              r.position = row.position, r.hash = row.hash)
        RETURN row.id AS id, {{EntityWrites.ChangeVerdict}} AS change
        """;

    private const string DeleteStaleReports = """
        MATCH (r:Report)-[:IN]->(a:Article {id: $id})
        WHERE NOT r.id IN $reports
        DETACH DELETE r
        RETURN 'Report' AS kind, count(*) AS removed
        """;

    private const string DeleteStaleSources = """
        MATCH (r:Report)-[x:ORIGINATED_BY|RELAYED_BY]->(:Entity)
        WHERE r.id IN $reports AND NOT x.key IN $keys
        DELETE x
        """;

    private const string MergeOrigins = """
        UNWIND $links AS l
        MATCH (r:Report {id: l.report})
        MATCH (e:Entity {id: l.entity})
        MERGE (r)-[:ORIGINATED_BY {key: l.key}]->(e)
        """;

    private const string MergeRelays = """
        UNWIND $links AS l
        MATCH (r:Report {id: l.report})
        MATCH (e:Entity {id: l.entity})
        MERGE (r)-[x:RELAYED_BY {key: l.key}]->(e)
        ON CREATE SET x.order = l.order, x.how = l.how
        """;

    private static readonly Dictionary<string, string> MergeArticleLinkByType = new[]
    {
        RelationshipTypes.PublishedBy, RelationshipTypes.WrittenBy, RelationshipTypes.EditedBy, RelationshipTypes.Cites,
    }.ToDictionary(t => t, t => $$"""
        MATCH (a:Article {id: $id})
        UNWIND $links AS l
        MATCH (e:Entity {id: l.to})
        MERGE (a)-[r:{{t}} {key: l.key}]->(e)
        ON CREATE SET r.order = l.order
        """, StringComparer.Ordinal);

    /// <summary>
    /// Every statement of one article's import, to be sent as one request: what the graph held for the
    /// article is remembered by the first statement itself (<see cref="Cleanup.Remember"/>), so nothing
    /// is read before writing.
    /// </summary>
    public static IEnumerable<GraphWrite> For(ArticleDocument article)
    {
        var id = new Dictionary<string, object?> { ["id"] = article.Id };
        var declares = article.Declares.Select(e => e.Id).ToList();
        yield return Cleanup.Remember(article.Id, declares);

        // Inline things first: the article's own links and claims may point at them.
        foreach (var write in EntityWrites.For(article.Declares, inline: true))
        {
            yield return write;
        }

        var articleLinks = ArticleLinks(article).ToList();
        yield return GraphWrite.Changes(new Cypher("UpsertArticle", UpsertArticle, With(id, ("row", ArticleRow(article, articleLinks)))), Labels.Article);
        yield return GraphWrite.Silent(new Cypher("DeleteStaleDeclarations", DeleteStaleDeclarations, With(id, ("declares", declares))));
        // A MERGE over an empty list does nothing: not sent.
        if (declares.Count > 0)
        {
            yield return GraphWrite.Silent(new Cypher("MergeDeclarations", MergeDeclarations, With(id, ("declares", declares))));
        }

        yield return GraphWrite.Silent(new Cypher("DeleteStaleArticleLinks", DeleteStaleArticleLinks, With(id, ("keys", articleLinks.Select(l => l["key"]).ToList()))));
        foreach (var group in articleLinks.GroupBy(l => (string)l["type"]!))
        {
            yield return GraphWrite.Silent(new Cypher($"Merge{group.Key}", MergeArticleLinkByType[group.Key], With(id, ("links", group.ToList()))));
        }

        var claims = article.Claims.Select(c => c.Claim).DistinctBy(c => c.NodeId).ToList();
        var about = claims.SelectMany(c => c.About.Distinct().Select(e => new Dictionary<string, object?> { ["claim"] = c.NodeId, ["entity"] = e })).ToList();
        yield return GraphWrite.Changes(new Cypher("UpsertClaims", UpsertClaims, With(id, ("rows", claims.Select(ClaimRow).ToList()))), Labels.Claim);
        if (about.Count > 0)
        {
            yield return GraphWrite.Silent(new Cypher("MergeAbout", MergeAbout, With(id, ("links", about))));
        }

        var reports = article.Claims.Select(c => ReportRow(article, c)).ToList();
        var reportIds = reports.Select(r => r["id"]).ToList();
        var origins = article.Claims.SelectMany(c => c.Report.OriginatedBy.Distinct().Select(e => new Dictionary<string, object?>
        {
            ["report"] = ReportId(article, c), ["entity"] = e, ["key"] = "o|" + e,
        })).ToList();
        var relays = article.Claims.SelectMany(c => c.Report.Via.Select((v, i) => new Dictionary<string, object?>
        {
            ["report"] = ReportId(article, c), ["entity"] = v.EntityId, ["order"] = i + 1, ["how"] = Tokens.Of(v.How),
            ["key"] = $"v|{i + 1}|{v.EntityId}|{Tokens.Of(v.How)}",
        })).ToList();
        yield return GraphWrite.Removals(new Cypher("DeleteStaleReports", DeleteStaleReports, With(id, ("reports", reportIds))));
        yield return GraphWrite.Changes(new Cypher("UpsertReports", UpsertReports, With(id, ("rows", reports))), Labels.Report);
        yield return GraphWrite.Silent(new Cypher("DeleteStaleSources", DeleteStaleSources, With(id,
            ("reports", reportIds), ("keys", origins.Concat(relays).Select(l => l["key"]).ToList()))));
        if (origins.Count > 0)
        {
            yield return GraphWrite.Silent(new Cypher("MergeOrigins", MergeOrigins, With(id, ("links", origins))));
        }

        if (relays.Count > 0)
        {
            yield return GraphWrite.Silent(new Cypher("MergeRelays", MergeRelays, With(id, ("links", relays))));
        }

        foreach (var write in Cleanup.Orphans(article.Id, [.. claims.Select(c => c.NodeId)]))
        {
            yield return write;
        }

        yield return Cleanup.Forget(article.Id);
    }

    /// <summary>
    /// The statements that remove an article, as one request: its reports, its links and declarations,
    /// then what only it supported (<see cref="Cleanup"/>), then the article.
    /// </summary>
    public static IEnumerable<GraphWrite> Retraction(string articleId)
    {
        var id = new Dictionary<string, object?> { ["id"] = articleId };
        yield return Cleanup.Remember(articleId, [], retraction: true);
        yield return GraphWrite.Removals(new Cypher("DeleteArticleReports", DeleteArticleReports, id));
        yield return GraphWrite.Silent(new Cypher("DeleteStaleDeclarations", DeleteStaleDeclarations, With(id, ("declares", new List<string>()))));
        yield return GraphWrite.Silent(new Cypher("DeleteStaleArticleLinks", DeleteStaleArticleLinks, With(id, ("keys", new List<string>()))));
        foreach (var write in Cleanup.Orphans(articleId, []))
        {
            yield return write;
        }

        yield return GraphWrite.Removals(new Cypher("DeleteArticle", DeleteArticle, id));
    }

    public static string ReportId(ArticleDocument article, ClaimReport claim) => $"{article.Id}/{claim.Claim.Name}";

    private static IEnumerable<Dictionary<string, object?>> ArticleLinks(ArticleDocument article)
    {
        Dictionary<string, object?> Link(string type, string to, int order) =>
            new() { ["type"] = type, ["to"] = to, ["order"] = order, ["key"] = $"{type}|{order}|{to}" };

        yield return Link(RelationshipTypes.PublishedBy, article.Publisher, 1);
        foreach (var (author, i) in article.Authors.Select((a, i) => (a, i)))
        {
            yield return Link(RelationshipTypes.WrittenBy, author, i + 1);
        }

        foreach (var (editor, i) in article.Editors.Select((a, i) => (a, i)))
        {
            yield return Link(RelationshipTypes.EditedBy, editor, i + 1);
        }

        foreach (var (source, i) in article.Cites.Select((a, i) => (a, i)))
        {
            yield return Link(RelationshipTypes.Cites, source, i + 1);
        }
    }

    private static Dictionary<string, object?> ArticleRow(ArticleDocument a, List<Dictionary<string, object?>> links)
    {
        var row = new Dictionary<string, object?>
        {
            ["title"] = a.Title,
            ["url"] = a.Url,
            ["published"] = a.Published,
            ["publishedOn"] = a.PublishedOn,
            ["language"] = a.Language,
            ["section"] = a.Section,
            ["topics"] = a.Topics.ToList(),
            ["sourceFile"] = a.SourceFile,
        };
        row["hash"] = ContentHash.Of(row, links.Select(l => l["key"]), a.Declares.Select(e => e.Id));
        return row;
    }

    private static Dictionary<string, object?> ClaimRow(ClaimDefinition c)
    {
        var row = ClaimFields.Of(c);
        row["id"] = c.NodeId;
        row["hash"] = ContentHash.Of(row);
        return row;
    }

    private static Dictionary<string, object?> ReportRow(ArticleDocument article, ClaimReport c)
    {
        var row = new Dictionary<string, object?>
        {
            ["id"] = ReportId(article, c),
            ["claim"] = c.Claim.NodeId,
            ["claimName"] = c.Claim.Name,
            ["statement"] = c.Report.Statement,
            ["quote"] = c.Report.Quote,
            ["how"] = Tokens.Of(c.Report.How),
            ["position"] = c.Report.Position,
        };
        row["hash"] = ContentHash.Of(row, c.Report.OriginatedBy, c.Report.Via.Select(v => v.EntityId + "/" + Tokens.Of(v.How)));
        return row;
    }

    private static Dictionary<string, object?> With(Dictionary<string, object?> parameters, params (string Name, object? Value)[] more)
    {
        var all = new Dictionary<string, object?>(parameters);
        foreach (var (name, value) in more)
        {
            all[name] = value;
        }

        return all;
    }
}
