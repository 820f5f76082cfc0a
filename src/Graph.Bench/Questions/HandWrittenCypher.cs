using System.Text.Json;
using Graph.Api.Search;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;

namespace Graph.Bench.Questions;

/// <summary>
/// The baseline for each IDE example: the Cypher a person who knows the graph would write for the same
/// answer, started from an index (the thing's id), one HTTP request per operation (several roots are
/// several statements of that one request). Lists the API derives from the reports (a claim's quote,
/// attributedTo, via, reportedIn, independentAsserters) come back as the reports they are derived
/// from. Each statement returns one row per item of its root field (one per claim, per search hit,
/// one for a node or a neighbourhood), so that the bench can compare the answers' sizes.
/// Runs on Neo4j 3.1.1 (every node in a pattern comprehension labelled, MATCH forms for untyped steps) and 5.
/// </summary>
public static class HandWrittenCypher
{
    private const string About = RelationshipTypes.About;
    private const string Reports = RelationshipTypes.Reports;
    private const string In = RelationshipTypes.In;

    /// <summary>Claims about the thing, or about a treaty, deployment or event tied to it (the API's <c>involving</c>).</summary>
    private const string ClaimsInvolving = $$"""
        MATCH (x:Entity {id: $id})
        OPTIONAL MATCH (x)<-[:{{About}}]-(direct:Claim)
        WITH x, collect(direct) AS directClaims
        OPTIONAL MATCH (x)--(t:Entity)<-[:{{About}}]-(indirect:Claim)
        WHERE t:Treaty OR t:Deployment OR t:Event
        WITH directClaims, collect(indirect) AS indirectClaims
        UNWIND directClaims + indirectClaims AS c
        WITH DISTINCT c
        """;

    private const string ClaimsAttributedTo = $$"""
        MATCH (:Entity {id: $id})<-[:{{RelationshipTypes.OriginatedBy}}]-(:Report)-[:{{Reports}}]->(c:Claim)
        WITH DISTINCT c
        """;

    /// <summary>Earliest reported first, then the page and the total.</summary>
    private const string Page = $$"""
        MATCH (c)<-[:{{Reports}}]-(r:Report)-[:{{In}}]->(a:Article)
        WITH c, min(a.publishedOn) AS firstReported, min(r.position) AS position
        ORDER BY firstReported, position, c.id
        WITH collect(c) AS claims
        WITH size(claims) AS totalCount, claims[..$first] AS page
        UNWIND page AS c
        """;

    private const string Quantity = ".quantityValue, .quantityLow, .quantityHigh, .quantityUnit, .quantityQualifier";

    private const string Originators = $"[(c)<-[:{Reports}]-(:Report)-[:{RelationshipTypes.OriginatedBy}]->(o:Entity) | o {{.id, .name}}]";

    private const string ClaimAbout = $"[(c)-[:{About}]->(e:Entity) | e {{.id, .name}}]";

    private const string FullReports = $$"""
        [(c)<-[:{{Reports}}]-(r:Report)-[:{{In}}]->(a:Article) | r {.how, .quote, .position,
            originatedBy: [(r)-[:{{RelationshipTypes.OriginatedBy}}]->(o:Entity) | o {.id, .name}],
            via: [(r)-[v:{{RelationshipTypes.RelayedBy}}]->(e:Entity) | {order: v.order, id: e.id, name: e.name}],
            article: a {.id, .title, .url, .publishedOn, .published, .language,
                publisher: [(a)-[:{{RelationshipTypes.PublishedBy}}]->(p:Entity) | p {.id, .name}] } }]
        """;

    private const string Node = "MATCH (e:Entity {id: $id}) RETURN e {.id, .name, .aliases} AS node";

    /// <summary>What ExploreCypher.Neighbourhood answers, for a thing: the same order and limit, so the same nodes.</summary>
    private const string Neighbourhood = $$"""
        MATCH (n:Entity {id: $id})
        OPTIONAL MATCH (n)-[rel]-(m)
        WHERE type(rel) <> '{{RelationshipTypes.DeclaredIn}}'
        WITH n, rel, m
        ORDER BY type(rel), m.id
        LIMIT $limit
        WITH n, collect(rel) AS rels, collect(DISTINCT m) AS ms
        UNWIND ms AS x
        OPTIONAL MATCH (x)-[between]->(y)
        WHERE y IN ms AND type(between) <> '{{RelationshipTypes.DeclaredIn}}'
        WITH n, rels, ms, collect(CASE WHEN between IS NULL THEN null ELSE {source: x.id, target: y.id, type: type(between)} END) AS among
        RETURN [m IN ms | {id: m.id, labels: labels(m), caption: coalesce(m.name, m.statement, m.title, m.id)}] AS nodes,
               [rel IN rels | {source: startNode(rel).id, target: endNode(rel).id, type: type(rel)}] + among AS edges
        """;

    private const string EventsBetween = $$"""
        MATCH (e:Event)
        WHERE e.date IS NOT NULL
          AND ($from IS NULL OR e.date >= substring($from, 0, size(e.date)))
          AND ($to IS NULL OR substring(e.date, 0, size($to)) <= $to)
        WITH e
        ORDER BY e.date, e.id
        WITH collect(e) AS events
        WITH size(events) AS totalCount, events[..$first] AS page
        UNWIND page AS e
        RETURN totalCount, e {.id, .name, .date, place: [(e)-[:{{RelationshipTypes.LocatedIn}}]->(p:Entity) | p {.name}]} AS node
        """;

    private const string ArticlesOf = $$"""
        MATCH (:Entity {id: $id})<-[:{{RelationshipTypes.PublishedBy}}]-(a:Article)
        WITH a
        ORDER BY a.published DESC, a.id
        WITH collect(a) AS articles
        WITH size(articles) AS totalCount, articles[..$first] AS page
        UNWIND page AS a
        RETURN totalCount, a {.id, .title, .publishedOn, .language} AS node
        """;

    private static readonly Dictionary<string, Func<JsonElement, IReadOnlyList<Cypher>>> ByOperation = new(StringComparer.Ordinal)
    {
        ["WhoSaidUpTo12000"] = v =>
        [
            Statement("WhoSaidUpTo12000", $"{ClaimsInvolving}\n{Page}\nRETURN totalCount, c {{.id, .statement, {Quantity}, reports: {FullReports}}} AS claim",
                ("id", Text(v, "deployment")), ("first", 50)),
        ],
        // The API's definition of disagreeing figures (ClaimCypher.Disagreeing), repeated on purpose: the answers must match.
        ["DisagreeingFigures"] = v =>
        [
            Statement("DisagreeingFigures", $$"""
                {{ClaimsInvolving}}
                {{Page}}
                OPTIONAL MATCH (c)-[:{{About}}]->(:Entity)<-[:{{About}}]-(o:Claim)
                WHERE o <> c
                  AND o.predicate = c.predicate
                  AND coalesce(o.quantityUnit, '') = coalesce(c.quantityUnit, '')
                  AND (c.quantityValue IS NOT NULL OR c.quantityLow IS NOT NULL OR c.quantityHigh IS NOT NULL)
                  AND (o.quantityValue IS NOT NULL OR o.quantityLow IS NOT NULL OR o.quantityHigh IS NOT NULL)
                  AND (coalesce(c.quantityValue, -1) <> coalesce(o.quantityValue, -1)
                    OR coalesce(c.quantityLow, -1) <> coalesce(o.quantityLow, -1)
                    OR coalesce(c.quantityHigh, -1) <> coalesce(o.quantityHigh, -1)
                    OR coalesce(c.quantityQualifier, '') <> coalesce(o.quantityQualifier, ''))
                WITH c, collect(DISTINCT o) AS others
                RETURN c {.id, .statement, {{Quantity}}, originators: {{Originators}}} AS claim,
                       [d IN others | d {.id, .statement, {{Quantity}},
                           originators: [(d)<-[:{{Reports}}]-(:Report)-[:{{RelationshipTypes.OriginatedBy}}]->(o:Entity) | o {.id, .name}]}] AS disagreesWith
                """, ("id", Text(v, "deployment")), ("first", 50)),
        ],
        ["Treaty"] = v =>
        [
            Statement("TreatyNode", Node, ("id", Text(v, "treaty"))),
            Statement("TreatyClaims", $"{ClaimsInvolving}\n{Page}\nRETURN totalCount, c {{.statement, about: {ClaimAbout}, reports: {FullReports}}} AS claim",
                ("id", Text(v, "treaty")), ("first", 50)),
            Statement("TreatyNeighbourhood", Neighbourhood, ("id", Text(v, "treaty")), ("limit", 50)),
        ],
        ["BlinkenOnNorthKoreanSoldiers"] = v =>
        [
            Statement("PersonNode", Node, ("id", Text(v, "person"))),
            Statement("PersonClaims", $"{ClaimsAttributedTo}\n{Page}\nRETURN c {{.statement, about: {ClaimAbout}, reports: {FullReports}}} AS claim",
                ("id", Text(v, "person")), ("first", 20)),
        ],
        ["OfficersAndGenerals"] = v =>
        [
            Statement("ReporterClaims", $"{ClaimsAttributedTo}\n{Page}\nRETURN c {{.statement, {Quantity}, reports: {FullReports}}} AS claim",
                ("id", Text(v, "reporter")), ("first", 20)),
            Statement("CommentatorClaims", $"{ClaimsAttributedTo}\n{Page}\nRETURN c {{.statement, reports: {FullReports}}} AS claim",
                ("id", Text(v, "commentator")), ("first", 20)),
        ],
        ["Clashes"] = v =>
        [
            Statement("PlaceNode", Node, ("id", Text(v, "place"))),
            Statement("PlaceClaims", $"{ClaimsInvolving}\n{Page}\nRETURN c {{.statement, about: {ClaimAbout}, reports: {FullReports}}} AS claim",
                ("id", Text(v, "place")), ("first", 20)),
        ],
        ["Search"] = v =>
        [
            // The API's own statement: on Neo4j 3.1 there is no full-text index, so matching a substring of any name reads every thing, by hand too.
            Statement("Search", SearchCypher.Entities, ("kinds", new List<string>()), ("text", TextMatching.SearchKey(Text(v, "text")!)),
                ("words", TextMatching.SearchKey(Text(v, "text")!).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList()), ("first", 5)),
        ],
        ["Neighbourhood"] = v => [Statement("Neighbourhood", Neighbourhood, ("id", Text(v, "id")), ("limit", 100))],
        ["Browse"] = v =>
        [
            Statement("EventsBetween", EventsBetween, ("from", Text(v, "from")), ("to", Text(v, "to")), ("first", 10)),
            Statement("ArticlesOf", ArticlesOf, ("id", Text(v, "publisher")), ("first", 10)),
        ],
    };

    /// <summary>The statements for an IDE example, by its operation name; null when the bench has none for it.</summary>
    public static IReadOnlyList<Cypher>? For(string operation, JsonElement variables) =>
        ByOperation.TryGetValue(operation, out var build) ? build(variables) : null;

    private static Cypher Statement(string name, string text, params (string Name, object? Value)[] parameters) =>
        new("Bench" + name, text, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal)) { Idempotent = true };

    private static string? Text(JsonElement variables, string name) =>
        variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
