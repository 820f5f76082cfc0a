using System.Collections.Concurrent;
using System.Text.Json;
using Graph.Api.History;
using Graph.Import;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Api.Paging;
using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;
using Graph.Neo4j.Client;

namespace Graph.Api.Claims;

/// <summary>The claim statements. Each batch query answers one field for a whole level of claims.</summary>
public static class ClaimCypher
{
    // Neo4j 3.1 returns null for a pattern comprehension evaluated after a multi-key ORDER BY, so the
    // chains are gathered first and sorted after.
    private const string ReportChains = $$"""
        WITH key, r, a,
             [(r)-[:{{RelationshipTypes.OriginatedBy}}]->(o:Entity) | o {.*, labels: labels(o)}] AS originators,
             [(r)-[v:{{RelationshipTypes.RelayedBy}}]->(e:Entity) | {order: v.order, how: v.how, entity: e {.*, labels: labels(e)} }] AS relays
        """;

    private const string ReportColumns = """
        RETURN key, r {.*, labels: labels(r)} AS report, a {.*, labels: labels(a)} AS article, originators, relays
        """;

    /// <summary>Earliest report first: by the article's publication, then the report's place in it.</summary>
    public static readonly BatchQuery<ReportRecord> Reports = new("ClaimReports", $$"""
        UNWIND $keys AS key
        MATCH (:Claim {id: key})<-[:{{RelationshipTypes.Reports}}]-(r:Report)-[:{{RelationshipTypes.In}}]->(a:Article)
        WHERE $asOf IS NULL OR a.publishedOn <= $asOf
        {{ReportChains}}
        ORDER BY a.publishedOn, a.published, r.position, r.id
        {{ReportColumns}}
        """, ReadReport);

    public static readonly BatchQuery<ReportRecord> ReportsById = new("ReportsById", $$"""
        UNWIND $keys AS key
        MATCH (r:Report {id: key})-[:{{RelationshipTypes.In}}]->(a:Article)
        {{ReportChains}}
        {{ReportColumns}}
        """, ReadReport);

    public static readonly BatchQuery<NodeRecord> ReportClaim = new("ReportClaim", $$"""
        UNWIND $keys AS key
        MATCH (:Report {id: key})-[:{{RelationshipTypes.Reports}}]->(c:Claim)
        RETURN key, c {.*, labels: labels(c)} AS node
        """, ReadNode);

    public static readonly BatchQuery<NodeRecord> About = new("ClaimAbout", $$"""
        UNWIND $keys AS key
        MATCH (:Claim {id: key})-[:{{RelationshipTypes.About}}]->(n)
        WITH key, n
        ORDER BY n.name, n.id
        RETURN key, n {.*, labels: labels(n)} AS node
        """, ReadNode);

    /// <summary>
    /// The claims a claim is compared with: those about at least one of the same things with the same
    /// predicate, each with the things both are about (and whether those are events). How each pair
    /// stands is decided in C# by <see cref="ClaimRelations"/>, not here.
    /// </summary>
    public static readonly BatchQuery<ClaimPair> Candidates = new("ClaimCandidates", $$"""
        UNWIND $keys AS key
        MATCH (c:Claim {id: key})-[:{{RelationshipTypes.About}}]->(:Entity)<-[:{{RelationshipTypes.About}}]-(o:Claim)
        WHERE o <> c AND o.predicate = c.predicate AND {{AsOfCypher.Claim("o")}}
        WITH DISTINCT key, c, o
        ORDER BY o.id
        RETURN key,
               c {.*, labels: labels(c), about: [(c)-[:{{RelationshipTypes.About}}]->(x:Entity) | {id: x.id, event: x:{{Labels.Event}}}]} AS self,
               o {.*, labels: labels(o), about: [(o)-[:{{RelationshipTypes.About}}]->(y:Entity) | {id: y.id, event: y:{{Labels.Event}}}]} AS node
        """, ReadPair);

    /// <summary>From the originators <c>o</c> to one top-level actor each, <c>origin</c> (<see cref="FactEvidenceCypher.TopLevelOrigins"/>).</summary>
    internal static string TopLevelOrigins(string carried) => FactEvidenceCypher.TopLevelOrigins(carried);

    /// <summary>The distinct top-level actors behind a claim's reports, by name.</summary>
    public static readonly BatchQuery<NodeRecord> Origins = new("ClaimOrigins", $$"""
        UNWIND $keys AS key
        MATCH (:Claim {id: key})<-[:{{RelationshipTypes.Reports}}]-(r:Report)-[:{{RelationshipTypes.In}}]->(a:Article)
        WHERE $asOf IS NULL OR a.publishedOn <= $asOf
        MATCH (r)-[:{{RelationshipTypes.OriginatedBy}}]->(o:Entity)
        WITH DISTINCT key, o
        {{TopLevelOrigins("key")}}
        WITH DISTINCT key, origin
        ORDER BY origin.name, origin.id
        RETURN key, origin {.*, labels: labels(origin)} AS node
        """, ReadNode);

    /// <summary>
    /// From <c>x</c>, a thing already matched by its id, to each claim <c>c</c> involving it once: the
    /// claims about it and, unless it is an event, the claims about the treaties, deployments and
    /// events tied to it (an event's own claims are the ones about it, not about the treaty it concerns).
    /// <paramref name="carried"/> lists the variables kept alongside (<c>"key, "</c> in a batch).
    /// </summary>
    /// <remarks>
    /// Written with OPTIONAL MATCH, not as a pattern expression in WHERE: Neo4j 3.1.1 on Java 17
    /// silently matches nothing for <c>(c)-[:ABOUT]->(t)--(x)</c> inside an OR (its legacy pattern matcher).
    /// </remarks>
    internal static string Involving(string carried) => $$"""
        OPTIONAL MATCH (x)<-[:{{RelationshipTypes.About}}]-(direct:Claim)
        WITH {{carried}}x, collect(direct) AS direct
        OPTIONAL MATCH (x)--(t:Entity)<-[:{{RelationshipTypes.About}}]-(tied:Claim)
        WHERE NOT x:{{Labels.Event}} AND (t:{{Labels.Treaty}} OR t:{{Labels.Deployment}} OR t:{{Labels.Event}})
        WITH {{carried}}direct, collect(tied) AS tied
        UNWIND direct + tied AS c
        WITH DISTINCT {{carried}}c
        """;

    // Where a page starts (ClaimStart): each an index lookup, never a scan of all claims. The start
    // yields each candidate claim once; the page filter below then keeps every condition given, the
    // start's own too, so the start decides only how much is read, never what is answered.
    private static readonly Dictionary<ClaimStart, string> Starts = new()
    {
        // The thing by its id (the Entity id constraint), then the claims about it and what is tied to it.
        [ClaimStart.Involving] = $$"""
            MATCH (x:Entity {id: $involving})
            {{Involving("")}}
            """,
        // The article by its id, then the claims its reports carry.
        [ClaimStart.ReportedIn] = $$"""
            MATCH (:Article {id: $reportedIn})<-[:{{RelationshipTypes.In}}]-(:Report)-[:{{RelationshipTypes.Reports}}]->(c:Claim)
            WITH DISTINCT c
            """,
        // The originator by its id, then the claims of the reports it originated.
        [ClaimStart.AttributedTo] = $$"""
            MATCH (:Entity {id: $attributedTo})<-[:{{RelationshipTypes.OriginatedBy}}]-(:Report)-[:{{RelationshipTypes.Reports}}]->(c:Claim)
            WITH DISTINCT c
            """,
        // The claim_predicate index.
        [ClaimStart.Predicate] = """
            MATCH (c:Claim)
            WHERE c.predicate = $predicate
            WITH c
            """,
        // The claim_statement_lower TEXT index (Neo4j 3: NodeIndexContainsScan on a plain index).
        [ClaimStart.Text] = """
            MATCH (c:Claim)
            WHERE c.statementLower CONTAINS $text
            WITH c
            """,
        // A range seek on article_published_on from $from (every article when not given), then the claims
        // their reports carry: every claim has a report (a claim no report carries is removed), and a claim
        // first reported on or after $from has all its reports there.
        [ClaimStart.Published] = $$"""
            MATCH (a:Article)
            WHERE a.publishedOn >= coalesce($from, '')
            MATCH (a)<-[:{{RelationshipTypes.In}}]-(:Report)-[:{{RelationshipTypes.Reports}}]->(c:Claim)
            WITH DISTINCT c
            """,
    };

    // The page filter: a test that walks the graph is in the statement only when its filter is given (and,
    // for attributedTo and reportedIn, not already the start's own). "$x IS NULL OR <pattern>" is not enough:
    // Neo4j 3.1 plans a WHERE's pattern expressions (and an OPTIONAL MATCH's expand) as RollUpApply and
    // walks them for every candidate claim before the null test (the claims involving a hub: thousands).
    private static string PageFilter(ClaimPageShape shape) => $$"""
        WHERE ($text IS NULL OR toLower(c.statement) CONTAINS $text)
          AND ($predicate IS NULL OR c.predicate = $predicate)
          AND ($stance IS NULL OR c.stance = $stance)
          {{(shape.AttributedTo && shape.Start != ClaimStart.AttributedTo ? $"AND (c)<-[:{RelationshipTypes.Reports}]-(:Report)-[:{RelationshipTypes.OriginatedBy}]->(:Entity {{id: $attributedTo}})" : string.Empty)}}
          {{(shape.ReportedIn && shape.Start != ClaimStart.ReportedIn ? $"AND (c)<-[:{RelationshipTypes.Reports}]-(:Report)-[:{RelationshipTypes.In}]->(:Article {{id: $reportedIn}})" : string.Empty)}}
          {{(shape.Dated ? $"AND {AsOfCypher.Claim("c")}" : string.Empty)}}
        OPTIONAL MATCH (c)<-[:{{RelationshipTypes.Reports}}]-(r:Report)-[:{{RelationshipTypes.In}}]->(a:Article)
        WITH c, min(a.publishedOn) AS firstReported, min(r.position) AS position
        WHERE ($from IS NULL OR substring(firstReported, 0, size(coalesce($from, ''))) >= $from)
          AND ($to IS NULL OR substring(firstReported, 0, size(coalesce($to, ''))) <= $to)
        WITH c, firstReported, position
        """;

    private const string EarliestFirst = "ORDER BY firstReported, position, c.id";

    private const string LatestFirst = "ORDER BY firstReported DESC, position, c.id";

    private static readonly string PageResult = PageCypher.Collect("c");

    // Only when minIndependentOrigins is given are the origins counted.
    private static readonly string OriginFilter = $$"""
        OPTIONAL MATCH (c)<-[:{{RelationshipTypes.Reports}}]-(counted:Report)-[:{{RelationshipTypes.OriginatedBy}}]->(o:Entity)
        WHERE $asOf IS NULL OR size([(counted)-[:{{RelationshipTypes.In}}]->(known:Article) WHERE known.publishedOn <= $asOf | known]) > 0
        {{TopLevelOrigins("c, firstReported, position")}}
        WITH c, firstReported, position, count(DISTINCT origin) AS origins
        WHERE origins >= $minIndependentOrigins
        WITH c, firstReported, position
        """;

    private static readonly ConcurrentDictionary<ClaimPageShape, string> OrderedRows = new();

    private static readonly ConcurrentDictionary<ClaimPageShape, string> Pages = new();

    /// <summary>
    /// Where a page of claims starts: the most selective filter given, by a closed order (the thing
    /// involved, the article, the originator, the predicate, the text), else the articles from <c>from</c> on.
    /// </summary>
    public static ClaimStart StartFor(string? involving, string? reportedIn, string? attributedTo, string? predicate, string? text) =>
        involving is not null ? ClaimStart.Involving
        : reportedIn is not null ? ClaimStart.ReportedIn
        : attributedTo is not null ? ClaimStart.AttributedTo
        : predicate is not null ? ClaimStart.Predicate
        : text is not null ? ClaimStart.Text
        : ClaimStart.Published;

    /// <summary>
    /// The claims the filters keep, from the shape's start (<see cref="StartFor"/>), as rows of <c>c</c> in
    /// its order: what a page statement ends with a collection of <c>c</c> (<see cref="PageCypher.Collect"/>).
    /// </summary>
    public static string Ordered(ClaimPageShape shape) => OrderedRows.GetOrAdd(shape, s => string.Join('\n',
        Starts[s.Start], PageFilter(s), s.MinIndependentOrigins ? OriginFilter : string.Empty, s.LatestFirst ? LatestFirst : EarliestFirst));

    /// <summary>One page of claims and the total: <see cref="Ordered"/> + <see cref="PageCypher.Collect"/>(<c>c</c>).</summary>
    public static string Page(ClaimPageShape shape) => Pages.GetOrAdd(shape, s => Ordered(s) + "\n" + PageResult);

    private static ClaimPair ReadPair(CypherRow row) => new(NodeRecord.From(row["self"]), NodeRecord.From(row["node"]));

    internal static NodeRecord ReadNode(CypherRow row) => NodeRecord.From(row["node"]);

    private static ReportRecord ReadReport(CypherRow row)
    {
        var chain = row["relays"];
        var relays = (chain.ValueKind == JsonValueKind.Array ? chain.EnumerateArray().ToList() : [])
            .Select(r => new RelayRecord(
                NodeRecord.From(r.GetProperty("entity")),
                r.TryGetProperty("order", out var order) && order.ValueKind == JsonValueKind.Number ? order.GetInt32() : int.MaxValue,
                r.TryGetProperty("how", out var how) && how.ValueKind == JsonValueKind.String ? how.GetString() : null))
            .OrderBy(r => r.Order)
            .ToList();
        var originators = NodeRecord.List(row["originators"]).OrderBy(o => o.Text("name"), StringComparer.Ordinal).ToList();
        return new ReportRecord(NodeRecord.From(row["report"]), NodeRecord.From(row["article"]), originators, relays);
    }
}
