using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;

namespace Graph.Import;

/// <summary>
/// The statements that make the graph match a group of article files (one request): the articles, their
/// inline things, claims and reports; then whatever the files no longer say is removed. Each kind of write
/// is one statement over a list holding every article of the group (<c>UNWIND</c>), so a request carries
/// the same couple of dozen statements whether it writes one article or many; a group never holds two
/// articles that declare the same thing (<see cref="Groups"/>), so writing them together ends where writing
/// them one after the other would.
/// </summary>
internal static class ArticleWrites
{
    private const string UpsertArticles = $$"""
        UNWIND $articles AS article
        MERGE (a:Article {id: article.id})
        ON CREATE SET a.hash = ''
        WITH a, a.hash AS before, article.row AS row
        FOREACH (ignored IN CASE WHEN before = row.hash THEN [] ELSE [1] END |
          SET a.title = row.title, a.url = row.url, a.published = row.published, a.publishedOn = row.publishedOn,
              a.language = row.language, a.section = row.section, a.topics = row.topics, a.sourceFile = row.sourceFile,
              a.hash = row.hash)
        RETURN a.id AS id, {{EntityWrites.ChangeVerdict}} AS change
        """;

    private const string DeleteArticles = """
        UNWIND $ids AS id
        MATCH (a:Article {id: id})
        DETACH DELETE a
        RETURN 'Article' AS kind, count(*) AS removed
        """;

    private const string DeleteStaleArticleLinks = """
        UNWIND $articles AS article
        MATCH (a:Article {id: article.id})-[r]->()
        WHERE NOT r.key IN article.keys
        DELETE r
        """;

    private const string DeleteStaleDeclarations = """
        UNWIND $articles AS article
        MATCH (e:Entity)-[r:DECLARED_IN]->(a:Article {id: article.id})
        WHERE NOT e.id IN article.declares
        DELETE r
        """;

    private const string MergeDeclarations = """
        UNWIND $links AS l
        MATCH (a:Article {id: l.article})
        MATCH (e:Entity {id: l.entity})
        MERGE (e)-[:DECLARED_IN]->(a)
        """;

    // A claim node is its content (ClaimKey): the id is derived from the key, so the same statement
    // from any article meets the same node. Only the grade can change under an id. Two articles of a
    // group that report one claim give it a row each, in article order: the last one's grade stands,
    // as when they are written one after the other.
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
    // Its sort key (ReportSortKey) is not content (the article's date may have changed): set on every import, outside the hash. The same
    // value set again changes nothing; a FOREACH that set it only where it differed made the import of 10^3 claims twice as slow on Neo4j 3.1.
    private static readonly string UpsertReports = $$"""
        UNWIND $rows AS row
        MATCH (a:Article {id: row.article})
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
        SET r.{{ReportSortKey.Property}} = {{ReportSortKey.Of("r", "a")}}
        RETURN row.id AS id, {{EntityWrites.ChangeVerdict}} AS change
        """;

    private const string DeleteStaleReports = """
        UNWIND $articles AS article
        MATCH (r:Report)-[:IN]->(a:Article {id: article.id})
        WHERE NOT r.id IN article.reports
        DETACH DELETE r
        RETURN 'Report' AS kind, count(*) AS removed
        """;

    // Each report keeps the origins and relays it names now (its own keys: another report's do not count).
    private const string DeleteStaleSources = """
        UNWIND $reports AS report
        MATCH (r:Report {id: report.id})-[x:ORIGINATED_BY|RELAYED_BY]->(:Entity)
        WHERE NOT x.key IN report.keys
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
        UNWIND $links AS l
        MATCH (a:Article {id: l.article})
        MATCH (e:Entity {id: l.to})
        MERGE (a)-[r:{{t}} {key: l.key}]->(e)
        ON CREATE SET r.order = l.order
        """, StringComparer.Ordinal);

    /// <summary>
    /// The seed's articles in request groups of at most <paramref name="size"/>, in order; a group ends
    /// early rather than hold two articles that declare the same thing (each file's declaration, links
    /// included, must replace the one before it, which needs them written one after the other).
    /// </summary>
    public static IEnumerable<ArticleDocument[]> Groups(IEnumerable<ArticleDocument> articles, int size)
    {
        var group = new List<ArticleDocument>();
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var ids = article.Declares.Select(e => e.Id).ToList();
            if (group.Count == size || ids.Any(declared.Contains))
            {
                yield return [.. group];
                group.Clear();
                declared.Clear();
            }

            group.Add(article);
            declared.UnionWith(ids);
        }

        if (group.Count > 0)
        {
            yield return [.. group];
        }
    }

    /// <summary>
    /// Every statement of a group of articles' import, to be sent as one request: what the graph held for
    /// each article is remembered by the first statement itself (<see cref="Cleanup.Remember"/>), so
    /// nothing is read before writing.
    /// </summary>
    public static IEnumerable<GraphWrite> For(IReadOnlyList<ArticleDocument> group)
    {
        var ids = group.Select(a => a.Id).ToList();
        var declares = group.ToDictionary(a => a.Id, a => a.Declares.Select(e => e.Id).ToList(), StringComparer.Ordinal);
        var articleLinks = group.ToDictionary(a => a.Id, a => ArticleLinks(a).ToList(), StringComparer.Ordinal);
        var articles = group.Select(a => new Dictionary<string, object?>
        {
            ["id"] = a.Id,
            ["declares"] = declares[a.Id],
            ["row"] = ArticleRow(a, articleLinks[a.Id]),
            ["keys"] = articleLinks[a.Id].Select(l => l["key"]).ToList(),
            ["reports"] = a.Claims.Select(c => ReportId(a, c)).ToList(),
        }).ToList();
        yield return Cleanup.Remember(articles);

        // Inline things first: the articles' own links and claims may point at them.
        foreach (var write in EntityWrites.For([.. group.SelectMany(a => a.Declares)], inline: true))
        {
            yield return write;
        }

        yield return GraphWrite.Changes(Statement("UpsertArticles", UpsertArticles, ("articles", articles)), Labels.Article);
        yield return GraphWrite.Silent(Statement("DeleteStaleDeclarations", DeleteStaleDeclarations, ("articles", articles)));
        var declarations = group.SelectMany(a => declares[a.Id].Select(e => new Dictionary<string, object?> { ["article"] = a.Id, ["entity"] = e })).ToList();
        // A MERGE over an empty list does nothing: not sent.
        if (declarations.Count > 0)
        {
            yield return GraphWrite.Silent(Statement("MergeDeclarations", MergeDeclarations, ("links", declarations)));
        }

        yield return GraphWrite.Silent(Statement("DeleteStaleArticleLinks", DeleteStaleArticleLinks, ("articles", articles)));
        var links = articleLinks.SelectMany(a => a.Value.Select(l => new Dictionary<string, object?>(l) { ["article"] = a.Key }));
        foreach (var type in links.GroupBy(l => (string)l["type"]!).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            yield return GraphWrite.Silent(Statement($"Merge{type.Key}", MergeArticleLinkByType[type.Key], ("links", type.ToList())));
        }

        var claims = group.Select(a => a.Claims.Select(c => c.Claim).DistinctBy(c => c.NodeId).ToList()).ToList();
        var about = claims.SelectMany(c => c).DistinctBy(c => c.NodeId)
            .SelectMany(c => c.About.Distinct().Select(e => new Dictionary<string, object?> { ["claim"] = c.NodeId, ["entity"] = e })).ToList();
        yield return GraphWrite.Changes(Statement("UpsertClaims", UpsertClaims, ("rows", claims.SelectMany(c => c.Select(ClaimRow)).ToList())), Labels.Claim);
        if (about.Count > 0)
        {
            yield return GraphWrite.Silent(Statement("MergeAbout", MergeAbout, ("links", about)));
        }

        var reports = group.SelectMany(a => a.Claims.Select(c => ReportRow(a, c))).ToList();
        var origins = group.SelectMany(a => a.Claims.SelectMany(c => c.Report.OriginatedBy.Distinct().Select(e => new Dictionary<string, object?>
        {
            ["report"] = ReportId(a, c), ["entity"] = e, ["key"] = "o|" + e,
        }))).ToList();
        var relays = group.SelectMany(a => a.Claims.SelectMany(c => c.Report.Via.Select((v, i) => new Dictionary<string, object?>
        {
            ["report"] = ReportId(a, c), ["entity"] = v.EntityId, ["order"] = i + 1, ["how"] = Tokens.Of(v.How),
            ["key"] = $"v|{i + 1}|{v.EntityId}|{Tokens.Of(v.How)}",
        }))).ToList();
        var sources = origins.Concat(relays).ToLookup(l => l["report"], l => l["key"]);
        var reportKeys = reports.Select(r => new Dictionary<string, object?> { ["id"] = r["id"], ["keys"] = sources[r["id"]].ToList() }).ToList();
        yield return GraphWrite.Removals(Statement("DeleteStaleReports", DeleteStaleReports, ("articles", articles)));
        yield return GraphWrite.Changes(Statement("UpsertReports", UpsertReports, ("rows", reports)), Labels.Report);
        yield return GraphWrite.Silent(Statement("DeleteStaleSources", DeleteStaleSources, ("reports", reportKeys)));
        if (origins.Count > 0)
        {
            yield return GraphWrite.Silent(Statement("MergeOrigins", MergeOrigins, ("links", origins)));
        }

        if (relays.Count > 0)
        {
            yield return GraphWrite.Silent(Statement("MergeRelays", MergeRelays, ("links", relays)));
        }

        foreach (var write in Cleanup.Orphans(ids, [.. claims.SelectMany(c => c).Select(c => c.NodeId).Distinct(StringComparer.Ordinal)]))
        {
            yield return write;
        }

        yield return Cleanup.Forget(ids);
    }

    /// <summary>
    /// The statements that remove an article, as one request: its reports, its links and declarations,
    /// then what only it supported (<see cref="Cleanup"/>), then the article.
    /// </summary>
    public static IEnumerable<GraphWrite> Retraction(string articleId)
    {
        var articles = new List<Dictionary<string, object?>>
        {
            new() { ["id"] = articleId, ["declares"] = new List<string>(), ["keys"] = new List<string>(), ["reports"] = new List<string>() },
        };
        yield return Cleanup.Remember(articles, retraction: true);
        yield return GraphWrite.Removals(Statement("DeleteStaleReports", DeleteStaleReports, ("articles", articles)));
        yield return GraphWrite.Silent(Statement("DeleteStaleDeclarations", DeleteStaleDeclarations, ("articles", articles)));
        yield return GraphWrite.Silent(Statement("DeleteStaleArticleLinks", DeleteStaleArticleLinks, ("articles", articles)));
        foreach (var write in Cleanup.Orphans([articleId], []))
        {
            yield return write;
        }

        yield return GraphWrite.Removals(Statement("DeleteArticles", DeleteArticles, ("ids", new List<string> { articleId })));
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
        // Not part of the content (the id names the article): added after the hash, so hashes stay as stored.
        row["article"] = article.Id;
        return row;
    }

    private static Cypher Statement(string name, string text, (string Name, object? Value) parameter) =>
        new(name, text, new Dictionary<string, object?> { [parameter.Name] = parameter.Value });
}
