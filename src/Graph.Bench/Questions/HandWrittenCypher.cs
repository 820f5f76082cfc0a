using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;

namespace Graph.Bench.Questions;

/// <summary>
/// The Cypher of the hand-written baseline: what a person who knows the graph would send for each IDE
/// example, started from an index (a thing's id, an article's publication day, the event label), one
/// request per operation. Runs on Neo4j 3.1.1 (every node of a pattern comprehension labelled, the
/// untyped and variable-length steps in MATCH, not in comprehensions) and on Neo4j 5.
/// Only the bench sends these; they share nothing with the API's statements.
/// </summary>
internal static class HandWrittenCypher
{
    private const string About = RelationshipTypes.About;
    private const string Reports = RelationshipTypes.Reports;
    private const string In = RelationshipTypes.In;
    private const string OriginatedBy = RelationshipTypes.OriginatedBy;
    private const string RelayedBy = RelationshipTypes.RelayedBy;
    private const string PublishedBy = RelationshipTypes.PublishedBy;

    /// <summary>From <c>x</c> to each claim about it or, unless it is an event, about a treaty, deployment or event tied to it.</summary>
    public static readonly string Involving = $$"""
        MATCH (x:Entity {id: $id})
        OPTIONAL MATCH (x)<-[:{{About}}]-(direct:Claim)
        WITH x, collect(direct) AS direct
        OPTIONAL MATCH (x)-[:{{RelationshipTypes.AnyBetweenThings}}]-(t:Entity)<-[:{{About}}]-(tied:Claim)
        WHERE NOT x:Event AND (t:Treaty OR t:Deployment OR t:Event)
        WITH direct, collect(tied) AS tied
        UNWIND direct + tied AS c
        WITH DISTINCT c
        """;

    /// <summary>The claims the thing originated.</summary>
    public const string AttributedTo = $$"""
        MATCH (:Entity {id: $id})<-[:{{OriginatedBy}}]-(:Report)-[:{{Reports}}]->(c:Claim)
        WITH DISTINCT c
        """;

    /// <summary>Earliest reported first, then the page (<c>page</c>) and the total (<c>totalCount</c>).</summary>
    public const string Page = $$"""
        OPTIONAL MATCH (c)<-[:{{Reports}}]-(r:Report)-[:{{In}}]->(a:Article)
        WITH c, min(a.publishedOn) AS firstReported, min(r.position) AS position
        ORDER BY firstReported, position, c.id
        WITH collect(c) AS claims
        WITH size(claims) AS totalCount, claims[..$first] AS page
        """;

    public const string Quantity = ".quantityValue, .quantityLow, .quantityHigh, .quantityUnit, .quantityQualifier";

    /// <summary>Each report of <c>c</c> with its article, originators and relays: what quote, attributedTo, via, reportedIn and reports are read from.</summary>
    public const string ReportsOfC = $$"""
        [(c)<-[:{{Reports}}]-(r:Report)-[:{{In}}]->(a:Article) | {id: r.id, how: r.how, quote: r.quote, position: r.position,
            originatedBy: [(r)-[:{{OriginatedBy}}]->(o:Entity) | o {.id, .name}],
            via: [(r)-[v:{{RelayedBy}}]->(e:Entity) | {order: v.order, id: e.id, name: e.name}],
            article: a {.id, .title, .url, .publishedOn, .published, .language, publisher: [(a)-[:{{PublishedBy}}]->(p:Entity) | p {.id, .name}]} }]
        """;

    public const string AboutOfC = $"[(c)-[:{About}]->(e:Entity) | e {{.id, .name, .kind}}]";

    /// <summary>One page of claims, each with its reports and what it is about.</summary>
    public static string ClaimPage(string start) => $$"""
        {{start}}
        {{Page}}
        UNWIND page AS c
        RETURN totalCount, c {.id, .statement, {{Quantity}}, reports: {{ReportsOfC}}, about: {{AboutOfC}} } AS claim
        """;

    /// <summary>The rank of the thing a claim's supersets are walked from: an event, deployment or treaty before a person, organization or place before a country (fewer claims).</summary>
    private static string WalkFirst(string thing) =>
        $"CASE WHEN {thing}:Event OR {thing}:Deployment OR {thing}:Treaty THEN 0 WHEN {thing}:Country THEN 2 ELSE 1 END";

    /// <summary>
    /// From the originators <c>o</c> (rows carrying <paramref name="carried"/>) to one top-level actor
    /// each, <c>top</c> (null when <c>o</c> has no tie out): the rule of <see cref="IndependentOrigins"/>,
    /// a country first, then the nearest, then the smallest id.
    /// </summary>
    public static string TopLevel(string carried) => $$"""
        OPTIONAL MATCH path = (o)-[:{{IndependentOrigins.AnyTie}}*1..{{IndependentOrigins.MaxTies}}]->(top:Entity)
        WHERE NOT (top)-[:{{IndependentOrigins.AnyTie}}]->(:Entity)
        WITH {{carried}}, o, top, length(path) AS hops
        ORDER BY CASE WHEN top:Country THEN 0 ELSE 1 END, hops, top.id
        WITH {{carried}}, o, head(collect(top)) AS top
        """;

    /// <summary>
    /// A page of claims, the claims <see cref="ClaimRelations"/> compares each with (same predicate, one about all
    /// the things the other is about), and for every one of them what it is about, its originators and its
    /// independent origins. Those about only some of the claim's things by prefix seeks on the claim_key index, one
    /// per subset of its things (the key lists the predicate, then the sorted ids it is about); those about all of
    /// them and more walked from one of its things (<see cref="WalkFirst"/>), never from every thing (a hub has
    /// thousands of claims).
    /// </summary>
    public static string ClaimPageWithRelations(string start) => $$"""
        {{start}}
        {{Page}}
        UNWIND range(0, size(page) - 1) AS i
        WITH totalCount, i, page[i] AS c
        WITH totalCount, i, c, [t IN split(substring(split(c.key, '; ')[1], 6), ',') WHERE t <> ''] AS ids
        UNWIND range(1, toInteger(2 ^ size(ids)) - 1) AS mask
        WITH totalCount, i, c, ids, [b IN range(0, size(ids) - 1) WHERE (mask / toInteger(2 ^ b)) % 2 = 1 | ids[b]] AS subset
        WITH totalCount, i, c, ids, split(c.key, '; ')[0] + '; about=' + reduce(joined = head(subset), t IN tail(subset) | joined + ',' + t) + '; ' AS subject
        OPTIONAL MATCH (smaller:Claim)
        WHERE smaller.key STARTS WITH subject
        WITH totalCount, i, c, ids, collect(smaller) AS smaller
        WITH totalCount, i, c, ids, smaller, reduce(least = null, t IN [(c)-[:{{About}}]->(thing:Entity) | thing] |
            CASE WHEN least IS NULL OR {{WalkFirst("t")}} < {{WalkFirst("least")}} OR ({{WalkFirst("t")}} = {{WalkFirst("least")}} AND t.id < least.id) THEN t ELSE least END) AS least
        WITH totalCount, i, c, smaller, CASE WHEN least IS NULL THEN [] ELSE
            [(least)<-[:{{About}}]-(larger:Claim) WHERE larger.predicate = c.predicate AND size([(larger)-[:{{About}}]->(u:Entity) WHERE u.id IN ids | u]) = size(ids) | larger] END AS larger
        WITH totalCount, i, c, reduce(seen = [], o IN smaller + larger | CASE WHEN o = c OR o IN seen THEN seen ELSE seen + o END) AS others
        WITH totalCount, collect({i: i, id: c.id, others: [x IN others | x.id]}) AS rows, collect(c) AS cs, collect(others) AS os
        WITH totalCount, rows, cs + reduce(all = [], l IN os | all + l) AS ks
        UNWIND ks AS k
        WITH DISTINCT totalCount, rows, k
        OPTIONAL MATCH (k)<-[:{{Reports}}]-(:Report)-[:{{OriginatedBy}}]->(o:Entity)
        WITH DISTINCT totalCount, rows, k, o
        {{TopLevel("totalCount, rows, k")}}
        WITH totalCount, rows, k, o, coalesce(top, o) AS origin
        WITH totalCount, rows, k, collect(DISTINCT origin {.id, .name}) AS origins, collect(DISTINCT o {.id, .name}) AS originators
        RETURN totalCount, rows, k {.id, .statement, .predicate, .value, .stance, .time, {{Quantity}},
            about: [(k)-[:{{About}}]->(e:Entity) | {id: e.id, event: e:Event}], origins: origins, originators: originators} AS claim
        """;

    /// <summary>
    /// For each thing <c>t</c> (rows carrying <paramref name="carried"/>): every claim about it, each with
    /// its reports' day and the independent origins of each report; <c>evidence</c>. What the facts are
    /// settled from, as of any day, by the pure <see cref="Knowledge.Facts.FactRules"/> (a thing with no
    /// claim has one entry whose claim is null).
    /// </summary>
    /// <remarks>No CASE around the claim's map: Neo4j 3.1.1 then fills its pattern comprehension with every ABOUT of the graph.</remarks>
    public static string Evidence(string carried) => $$"""
        OPTIONAL MATCH (t)<-[:{{About}}]-(ec:Claim)<-[:{{Reports}}]-(er:Report)-[:{{In}}]->(ea:Article)
        OPTIONAL MATCH (er)-[:{{OriginatedBy}}]->(o:Entity)
        WITH {{carried}}, ec, er, ea, o
        {{TopLevel(carried + ", ec, er, ea")}}
        WITH {{carried}}, ec, er, ea, coalesce(top, o) AS origin
        WITH {{carried}}, ec, er, ea, collect(DISTINCT origin {.id, .name}) AS origins
        WITH {{carried}}, ec, collect({publishedOn: ea.publishedOn, article: ea {.id, .title, .publishedOn}, origins: origins}) AS reports
        WITH {{carried}}, reports, ec {.*, about: [(ec)-[:{{About}}]->(x:Entity) | {id: x.id, kind: x.kind}]} AS claim
        WITH {{carried}}, collect({claim: claim, reports: reports}) AS evidence
        """;

    public const string Node = "MATCH (e:Entity {id: $id}) RETURN e {.id, .name, .aliases, .kind} AS node";

    /// <summary>A thing, up to <c>$limit</c> of its relationships (not DECLARED_IN) and the edges among its neighbours.</summary>
    public const string Neighbourhood = $$"""
        MATCH (n:Entity {id: $id})
        OPTIONAL MATCH (n)-[rel]-(m)
        WHERE type(rel) <> '{{RelationshipTypes.DeclaredIn}}'
        WITH n, rel, m
        ORDER BY type(rel), m.id
        LIMIT $limit
        WITH n, collect(rel) AS rels, collect(DISTINCT m) AS ms
        UNWIND CASE size(ms) WHEN 0 THEN [null] ELSE ms END AS x
        OPTIONAL MATCH (x)-[between]->(y)
        WHERE y IN ms AND type(between) <> '{{RelationshipTypes.DeclaredIn}}'
        WITH n, rels, ms, collect(between) AS among
        RETURN n {.id, .name, .statement, .title, .quote, labels: labels(n)} AS center,
               [m IN ms | m {.id, .name, .statement, .title, .quote, labels: labels(m)}] AS nodes,
               [rel IN rels + among | {source: startNode(rel).id, target: endNode(rel).id, type: type(rel)}] AS edges
        """;

    /// <summary>Names, aliases and ids, folded: exact before prefix before substring before all the words; no full-text index on Neo4j 3.1, so every thing is read.</summary>
    public const string Search = """
        MATCH (e:Entity)
        WITH e, coalesce(e.searchKeys, []) + [toLower(e.name), replace(e.id, '-', '')] AS keys
        WITH e, CASE
            WHEN any(k IN keys WHERE k = $text) THEN 0
            WHEN any(k IN keys WHERE k STARTS WITH $text) THEN 1
            WHEN any(k IN keys WHERE k CONTAINS $text) THEN 2
            WHEN size($words) > 1 AND all(w IN $words WHERE any(k IN keys WHERE k CONTAINS w)) THEN 3
            ELSE 9 END AS rank
        WHERE rank < 9
        WITH e, rank
        ORDER BY rank, size(e.name), e.name, e.id
        LIMIT $first
        RETURN e {.id, .name, .aliases, .kind} AS node
        """;

    /// <summary>
    /// Events dated within [$from, $to] at each date's precision, oldest first, by the date their asserted claims
    /// give (the most precise, the earliest of equally precise ones); each with the places claims about it name and
    /// the evidence its date and place facts settle from.
    /// </summary>
    public static readonly string EventsBetween = $$"""
        MATCH (e:Event)
        WITH e, [(e)<-[:{{About}}]-(c:Claim) WHERE c.time IS NOT NULL AND c.stance = 'asserted' | c.time] AS times
        WITH e, reduce(best = null, time IN times | CASE WHEN best IS NULL OR size(time) > size(best) OR (size(time) = size(best) AND time < best) THEN time ELSE best END) AS date
        WHERE ($from IS NULL OR (date IS NOT NULL AND date >= substring($from, 0, size(date))))
          AND ($to IS NULL OR (date IS NOT NULL AND substring(date, 0, size($to)) <= $to))
        WITH e, date
        ORDER BY date, toLower(e.name), e.id
        WITH collect(e) AS events
        WITH size(events) AS totalCount, events[..$first] AS page
        UNWIND range(0, size(page) - 1) AS i
        WITH totalCount, i, page[i] AS t
        {{Evidence("totalCount, i, t")}}
        RETURN totalCount, i, t {.id, .name, .kind, places: [(t)<-[:{{About}}]-(:Claim)-[:{{About}}]->(p:Place) | p {.id, .name}]} AS node, evidence
        """;

    public const string ArticlesOf = $$"""
        MATCH (:Entity {id: $id})<-[:{{PublishedBy}}]-(a:Article)
        WITH a
        ORDER BY a.publishedOn DESC, coalesce(a.published, '') DESC, a.id
        WITH collect(a) AS articles
        WITH size(articles) AS totalCount, articles[..$first] AS page
        UNWIND page AS a
        RETURN totalCount, a {.id, .title, .publishedOn, .language} AS node
        """;

    /// <summary>A treaty, its ratifications and the evidence of its facts.</summary>
    public static readonly string TreatyFacts = $$"""
        MATCH (t:Treaty {id: $id})
        {{Evidence("t")}}
        RETURN t {.id, .name, .kind, .signedOn, .inForceOn,
                  ratifications: [(t)<-[r:{{RelationshipTypes.Ratified}}]-(s:Entity) | {on: r.on, id: s.id, name: s.name}]} AS node, evidence
        """;

    /// <summary>The reports in articles published after <c>$from</c> up to <c>$to</c> (from the publication index), each with its claim and when that was first reported.</summary>
    public const string WindowReports = $$"""
        MATCH (a:Article)
        WHERE a.publishedOn > $from AND a.publishedOn <= $to
        MATCH (a)<-[:{{In}}]-(r:Report)-[:{{Reports}}]->(c:Claim)
        OPTIONAL MATCH (c)<-[:{{Reports}}]-(:Report)-[:{{In}}]->(b:Article)
        WITH r, a, c, min(b.publishedOn) AS first
        RETURN r {.id, .quote, .position, originatedBy: [(r)-[:{{OriginatedBy}}]->(o:Entity) | o {.id, .name}]} AS report,
               a {.id, .title, .publishedOn, .published, publisher: [(a)-[:{{PublishedBy}}]->(p:Entity) | p {.id, .name}]} AS article,
               c {.id, .statement} AS claim, first
        """;

    /// <summary>The treaties, events and deployments the window's claims are about, with the evidence of their facts.</summary>
    public static readonly string WindowThings = $$"""
        MATCH (a:Article)
        WHERE a.publishedOn > $from AND a.publishedOn <= $to
        MATCH (a)<-[:{{In}}]-(:Report)-[:{{Reports}}]->(:Claim)-[:{{About}}]->(t:Entity)
        WHERE t:Treaty OR t:Event OR t:Deployment
        WITH DISTINCT t
        {{Evidence("t")}}
        RETURN t {.id, .name, .kind} AS thing, evidence
        """;
}
