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
    /// The claims a claim is compared with (<see cref="SameSubject"/>): same predicate, about all the things it is
    /// about or about only things it is about, each with what it is about (and whether those are events). How each
    /// pair stands is decided in C# by <see cref="ClaimRelations"/>, not here.
    /// </summary>
    public static readonly BatchQuery<ClaimPair> Candidates = new("ClaimCandidates", $$"""
        UNWIND $keys AS key
        MATCH (c:Claim {id: key})
        {{SameSubject("key", "c", "others")}}
        UNWIND others AS o
        WITH key, c, o
        WHERE {{AsOfCypher.Claim("o")}}
        WITH key, c, o
        ORDER BY o.id
        RETURN key,
               c {.*, labels: labels(c), about: [(c)-[:{{RelationshipTypes.About}}]->(x:Entity) | {id: x.id, event: x:{{Labels.Event}}}]} AS self,
               o {.*, labels: labels(o), about: [(o)-[:{{RelationshipTypes.About}}]->(y:Entity) | {id: y.id, event: y:{{Labels.Event}}}]} AS node
        """, ReadPair);

    /// <summary>
    /// From rows of <paramref name="carried"/> and a claim <paramref name="claim"/> (null allowed: its row stays, with
    /// nothing found) to rows of both and <paramref name="found"/>: the other claims <see cref="ClaimRelations.Between"/>
    /// may relate it to, each once. Two claims are compared only when they share the predicate and one is about
    /// all the things the other is about, so these are read from indexes and small things, never by walking every
    /// thing the claim is about (a hub such as a country has tens of thousands of claims):
    /// <list type="bullet">
    /// <item>those about some of its things only (subsets, the same set included): for each non-empty subset of the
    /// claim's k things (2^k - 1; claims are about a few things), a prefix seek on the claim_key index for the key
    /// such claims have (<see cref="ClaimKey.Of"/>: <c>predicate=P; about=a,b; </c>, the ids sorted), the claim's own
    /// key giving its sorted ids;</item>
    /// <item>those about all its things and more (supersets): about each of its things, so walked from one, the least
    /// likely to be a hub by its kind (<see cref="WalkFirst"/>), and kept when about all of them.</item>
    /// </list>
    /// The subsets' seek is a MATCH: Neo4j 3.1 plans index seeks only in MATCH. The supersets' walk is a comprehension,
    /// which is always expanded from the thing it starts at: as an OPTIONAL MATCH, Neo4j 3.1 planned it, minutes after
    /// an import into an empty graph (its indexes still being sampled, one each 10 s), as a scan of the whole
    /// claim_predicate index expanded into the thing. Once the statistics are right both forms read about the same.
    /// The supersets are added to the subsets in a WITH of their own: Neo4j 3.1.1 loses the claim's variable
    /// ("Unknown variable") when a grouping key sits beside <c>list + collect(...)</c>.
    /// </summary>
    internal static string SameSubject(string carried, string claim, string found) => $$"""
        WITH {{carried}}, {{claim}}, [part IN split(substring(split({{claim}}.key, '; ')[1], {{AboutPart.Length}}), ',') WHERE part <> ''] AS sameIds
        UNWIND CASE WHEN size(coalesce(sameIds, [])) = 0 THEN [null] ELSE range(1, toInteger(2 ^ size(sameIds)) - 1) END AS sameMask
        WITH {{carried}}, {{claim}}, sameIds, [i IN range(0, size(coalesce(sameIds, [])) - 1) WHERE (sameMask / toInteger(2 ^ i)) % 2 = 1 | sameIds[i]] AS subset
        WITH {{carried}}, {{claim}}, sameIds, CASE WHEN size(subset) = 0 THEN null
             ELSE split({{claim}}.key, '; ')[0] + '; {{AboutPart}}' + reduce(joined = head(subset), part IN tail(subset) | joined + ',' + part) + '; ' END AS sameSubject
        OPTIONAL MATCH (smaller:Claim)
        WHERE smaller.key STARTS WITH sameSubject
        WITH {{carried}}, {{claim}}, sameIds, collect(smaller) AS smaller
        WITH {{carried}}, {{claim}}, sameIds, smaller,
             reduce(least = null, t IN [({{claim}})-[:{{RelationshipTypes.About}}]->(thing:Entity) | thing] |
               CASE WHEN least IS NULL OR {{WalkFirst("t")}} < {{WalkFirst("least")}} OR ({{WalkFirst("t")}} = {{WalkFirst("least")}} AND t.id < least.id) THEN t ELSE least END) AS least
        WITH {{carried}}, {{claim}}, smaller, CASE WHEN least IS NULL THEN [] ELSE
             [(least)<-[:{{RelationshipTypes.About}}]-(larger:Claim)
              WHERE larger.predicate = {{claim}}.predicate AND size([(larger)-[:{{RelationshipTypes.About}}]->(u:Entity) WHERE u.id IN sameIds | u]) = size(sameIds) | larger] END AS larger
        WITH {{carried}}, {{claim}}, reduce(seen = [], o IN smaller + larger | CASE WHEN o = {{claim}} OR o IN seen THEN seen ELSE seen + o END) AS {{found}}
        """;

    /// <summary>The part of a claim's key (<see cref="ClaimKey.Of"/>) that lists, sorted, the things it is about; it follows the predicate's.</summary>
    private const string AboutPart = "about=";

    /// <summary>
    /// Which of a claim's things its supersets are walked from: an event, deployment or treaty (0) before a person,
    /// organization or place (1) before a country (2), the id breaking ties. Only how much is read depends on it, never
    /// what is found: every superset is about each of the claim's things. A kind is a guess at how many claims a thing
    /// has (Cypher 5 has no degree function that Neo4j 3.1 also runs), so a claim about hubs only still walks one hub.
    /// </summary>
    private static string WalkFirst(string thing) =>
        $"CASE WHEN {thing}:{Labels.Event} OR {thing}:{Labels.Deployment} OR {thing}:{Labels.Treaty} THEN 0 WHEN {thing}:{Labels.Country} THEN 2 ELSE 1 END";

    /// <summary>
    /// The end of a claim page whose items' relations are read (<see cref="ClaimPageShape.Related"/>): the page's
    /// claims with <see cref="SameSubject"/>'s candidates each, as <c>related</c> (<c>[{claim, others}]</c>), before
    /// <see cref="PageCypher.Collect"/>'s return, which <see cref="ClaimProjections.Candidates"/> reads them from.
    /// </summary>
    private static string RelatedPageResult => PageResult.Replace("RETURN ", $$"""
        UNWIND CASE WHEN size(items[$skip..$end]) = 0 THEN [null] ELSE items[$skip..$end] END AS onPage
        {{SameSubject("items", "onPage", "others")}}
        WITH items, collect({claim: onPage, others: others}) AS {{ClaimProjections.Related}}
        """ + "\nRETURN ", StringComparison.Ordinal);

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
    /// The step from the thing to what is tied to it names the types of ties (<see cref="RelationshipTypes.AnyBetweenThings"/>):
    /// untyped, Neo4j 3.1 planned it on a graph of 10^4 claims as a scan of every Entity hash-joined with the thing (its
    /// claims make it look costly to expand from), though on the tests' small graph it expands from the thing.
    /// </remarks>
    internal static string Involving(string carried) => $$"""
        OPTIONAL MATCH (x)<-[:{{RelationshipTypes.About}}]-(direct:Claim)
        WITH {{carried}}x, collect(direct) AS direct
        OPTIONAL MATCH (x)-[:{{RelationshipTypes.AnyBetweenThings}}]-(t:Entity)<-[:{{RelationshipTypes.About}}]-(tied:Claim)
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
    public static string Page(ClaimPageShape shape) => Pages.GetOrAdd(shape, s => Ordered(s) + "\n" + (s.Related ? RelatedPageResult : PageResult));

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
