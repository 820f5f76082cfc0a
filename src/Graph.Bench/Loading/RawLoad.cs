using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;

namespace Graph.Bench.Loading;

/// <summary>
/// The baseline the import is measured against: the same nodes and relationships as the importer
/// writes, loaded with plain <c>UNWIND $rows ... MERGE</c> in batches of <see cref="BatchSize"/> rows,
/// one auto-commit request per batch, with none of the importer's per-article transactions, change
/// detection or clean-up.
/// </summary>
public static class RawLoad
{
    public const int BatchSize = 2000;

    private const string MergeArticles = """
        UNWIND $rows AS row
        MERGE (a:Article {id: row.id})
        SET a += row.props
        """;

    // The folded copies the API's text filters start from (SearchProperties) are written as the importer writes them.
    private static readonly string MergeClaims = $$"""
        UNWIND $rows AS row
        MERGE (c:Claim {id: row.id})
        SET c += row.props
        SET c.statementLower = {{SearchProperties.ClaimStatement("c.statement")}}
        """;

    // The sort key (ReportSortKey) is written as the importer writes it.
    private static readonly string MergeReports = $$"""
        UNWIND $rows AS row
        MATCH (c:Claim) USING INDEX c:Claim(id) WHERE c.id = row.claim
        MATCH (a:Article) USING INDEX a:Article(id) WHERE a.id = row.article
        MERGE (r:Report {id: row.id})
        SET r.statement = row.statement, r.claimName = row.claimName, r.quote = row.quote, r.how = row.how, r.position = row.position
        SET r.{{ReportSortKey.Property}} = {{ReportSortKey.Of("r", "a")}}
        MERGE (r)-[:{{RelationshipTypes.Reports}}]->(c)
        MERGE (r)-[:{{RelationshipTypes.In}}]->(a)
        """;

    // The MATCHes name their index: on a fresh data folder (the bench empties its own server by deleting it) Neo4j 3.1 plans
    // the first batch before the id indexes are sampled, picks a label scan joined by value for each row, and keeps that plan.

    /// <summary>Statements by (from label, type, to label); labels and types come from the closed sets in Graph.Knowledge.</summary>
    private static string MergeLink(string fromLabel, string type, string toLabel) => $$"""
        UNWIND $rows AS row
        MATCH (a:{{fromLabel}}) USING INDEX a:{{fromLabel}}(id) WHERE a.id = row.from
        MATCH (b:{{toLabel}}) USING INDEX b:{{toLabel}}(id) WHERE b.id = row.to
        MERGE (a)-[r:{{type}} {key: row.key}]->(b)
        SET r += row.props
        """;

    private static string MergeEntities(EntityKind kind) => $$"""
        UNWIND $rows AS row
        MERGE (n:Entity {id: row.id})
        SET n:{{kind.Label()}}, n += row.props
        SET n.searchText = {{SearchProperties.EntitySearchText("n.searchKeys", "n.name", "n.id")}}
        """;

    public static async Task<LoadFigures> RunAsync(Neo4jClient client, SeedSet seed, CancellationToken cancellationToken = default)
    {
        var figures = new LoadFigures();
        var entities = seed.Entities.Concat(seed.Articles.SelectMany(a => a.Declares)).DistinctBy(e => e.Id).ToList();
        foreach (var kind in entities.GroupBy(e => e.Kind))
        {
            await SendAsync(client, $"RawMerge{kind.Key.Label()}", MergeEntities(kind.Key), kind.Select(EntityRow), figures, cancellationToken);
        }

        await SendAsync(client, "RawMergeArticles", MergeArticles, seed.Articles.Select(ArticleRow), figures, cancellationToken);
        var claims = seed.Articles.SelectMany(a => a.Claims.Select(c => c.Claim)).DistinctBy(c => c.NodeId).ToList();
        var reported = ReportedClaims(seed);
        await SendAsync(client, "RawMergeClaims", MergeClaims, claims.Select(c => ClaimRow(c, reported[c.NodeId])), figures, cancellationToken);
        await SendAsync(client, "RawMergeReports", MergeReports, seed.Articles.SelectMany(a => a.Claims.Select(c => ReportRow(a, c))), figures, cancellationToken);

        var links = entities.SelectMany(e => e.Links.Select(l => l.Incoming
                ? Link(Labels.Entity, l.Type, Labels.Entity, l.To, e.Id, Props(("role", l.Role), ("since", l.Since), ("until", l.Until), ("on", l.On))) 
                : Link(Labels.Entity, l.Type, Labels.Entity, e.Id, l.To, Props(("role", l.Role), ("since", l.Since), ("until", l.Until), ("on", l.On)))))
            .Concat(claims.SelectMany(c => c.About.Distinct().Select(e => Link(Labels.Claim, RelationshipTypes.About, Labels.Entity, c.NodeId, e, []))))
            .Concat(seed.Articles.SelectMany(ArticleLinks));
        foreach (var group in links.GroupBy(l => (l.FromLabel, l.Type, l.ToLabel)))
        {
            var rows = group.Select(l => new Dictionary<string, object?> { ["from"] = l.From, ["to"] = l.To, ["key"] = l.From + "|" + l.To + "|" + l.Key, ["props"] = l.Props });
            await SendAsync(client, $"RawMerge{group.Key.Type}", MergeLink(group.Key.FromLabel, group.Key.Type, group.Key.ToLabel), rows, figures, cancellationToken);
        }

        return figures;
    }

    private static IEnumerable<RawLink> ArticleLinks(ArticleDocument article)
    {
        yield return Link(Labels.Article, RelationshipTypes.PublishedBy, Labels.Entity, article.Id, article.Publisher, Props(("order", 1)));
        foreach (var (list, type) in new[] { (article.Authors, RelationshipTypes.WrittenBy), (article.Editors, RelationshipTypes.EditedBy), (article.Cites, RelationshipTypes.Cites) })
        {
            foreach (var (to, i) in list.Select((t, i) => (t, i)))
            {
                yield return Link(Labels.Article, type, Labels.Entity, article.Id, to, Props(("order", i + 1)));
            }
        }

        foreach (var declared in article.Declares)
        {
            yield return Link(Labels.Entity, RelationshipTypes.DeclaredIn, Labels.Article, declared.Id, article.Id, []);
        }

        foreach (var claim in article.Claims)
        {
            var report = ReportId(article, claim);
            foreach (var origin in claim.Report.OriginatedBy.Distinct())
            {
                yield return Link(Labels.Report, RelationshipTypes.OriginatedBy, Labels.Entity, report, origin, []);
            }

            foreach (var (relay, i) in claim.Report.Via.Select((v, i) => (v, i)))
            {
                yield return Link(Labels.Report, RelationshipTypes.RelayedBy, Labels.Entity, report, relay.EntityId, Props(("order", i + 1), ("how", Tokens.Of(relay.How)))) with { Key = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }
        }
    }

    private static RawLink Link(string fromLabel, string type, string toLabel, string from, string to, Dictionary<string, object?> props) =>
        new(fromLabel, type, toLabel, from, to, props, "");

    private static Dictionary<string, object?> Props(params (string Name, object? Value)[] values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Name, v => v.Value);

    private static string ReportId(ArticleDocument article, ClaimReport claim) => $"{article.Id}/{claim.Claim.Name}";

    private static Dictionary<string, object?> EntityRow(EntityDefinition e)
    {
        var props = Props(
            ("kind", e.Kind.Label()), ("name", e.Name), ("type", e.Type), ("description", e.Description),
            ("reliability", e.Reliability?.Value), ("reliabilityGradedBy", e.Reliability?.GradedBy), ("reliabilityGradedOn", e.Reliability?.GradedOn));
        props["aliases"] = e.Aliases.Select(a => a.Text).ToList();
        props["aliasLanguages"] = e.Aliases.Select(a => a.Language).ToList();
        props["searchKeys"] = new[] { e.Name }.Concat(e.Aliases.Select(a => a.Text)).Select(TextMatching.SearchKey).Distinct().ToList();
        foreach (var (name, value) in e.Properties)
        {
            props[name] = value;
        }

        return new Dictionary<string, object?> { ["id"] = e.Id, ["props"] = props };
    }

    private static Dictionary<string, object?> ArticleRow(ArticleDocument a)
    {
        var props = Props(("title", a.Title), ("url", a.Url), ("published", a.Published), ("publishedOn", a.PublishedOn),
            ("language", a.Language), ("section", a.Section), ("sourceFile", a.SourceFile));
        props["topics"] = a.Topics.ToList();
        return new Dictionary<string, object?> { ["id"] = a.Id, ["props"] = props };
    }

    /// <summary>
    /// What a claim node takes from its reports (as the importer keeps it): the statement of the earliest
    /// report and the names files give it, in the order of the reports.
    /// </summary>
    private static Dictionary<string, (string Statement, List<string> Names)> ReportedClaims(SeedSet seed) =>
        seed.Articles.SelectMany(a => a.Claims.Select(c => (Article: a, Report: c)))
            .GroupBy(x => x.Report.Claim.NodeId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g =>
            {
                var ordered = g.OrderBy(x => x.Article.PublishedOn, StringComparer.Ordinal).ThenBy(x => x.Article.Published, StringComparer.Ordinal)
                    .ThenBy(x => x.Report.Report.Position).ThenBy(x => ReportId(x.Article, x.Report), StringComparer.Ordinal).ToList();
                return (ordered[0].Report.Report.Statement, ordered.Select(x => x.Report.Claim.Name).Distinct(StringComparer.Ordinal).ToList());
            }, StringComparer.Ordinal);

    private static Dictionary<string, object?> ClaimRow(ClaimDefinition c, (string Statement, List<string> Names) reported) => new()
    {
        ["id"] = c.NodeId,
        ["props"] = Props(("statement", reported.Statement), ("names", reported.Names), ("key", c.Key), ("predicate", c.Predicate), ("value", c.Value),
            ("quantityValue", c.Quantity?.Value), ("quantityLow", c.Quantity?.Low), ("quantityHigh", c.Quantity?.High),
            ("quantityUnit", c.Quantity?.Unit), ("quantityQualifier", c.Quantity is { } q ? Tokens.Of(q.Qualifier) : null),
            ("stance", Tokens.Of(c.Stance)), ("time", c.Time), ("credibility", c.Credibility?.Value),
            ("credibilityGradedBy", c.Credibility?.GradedBy), ("credibilityGradedOn", c.Credibility?.GradedOn)),
    };

    private static Dictionary<string, object?> ReportRow(ArticleDocument article, ClaimReport c) => new()
    {
        ["id"] = ReportId(article, c),
        ["claim"] = c.Claim.NodeId,
        ["statement"] = c.Report.Statement,
        ["claimName"] = c.Claim.Name,
        ["article"] = article.Id,
        ["quote"] = c.Report.Quote,
        ["how"] = Tokens.Of(c.Report.How),
        ["position"] = c.Report.Position,
    };

    private static async Task SendAsync(Neo4jClient client, string name, string statement, IEnumerable<Dictionary<string, object?>> rows, LoadFigures figures, CancellationToken cancellationToken)
    {
        foreach (var batch in rows.Chunk(BatchSize))
        {
            await client.RunAsync(new Cypher(name, statement, new Dictionary<string, object?> { ["rows"] = batch.ToList() }) { Idempotent = true }, cancellationToken);
            figures.Requests++;
            figures.Rows += batch.Length;
        }
    }

    private sealed record RawLink(string FromLabel, string Type, string ToLabel, string From, string To, Dictionary<string, object?> Props, string Key);
}
