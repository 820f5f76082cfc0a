using Graph.Api.History;
using Graph.Knowledge.Model;

namespace Graph.Api.Explore;

public static class ExploreCypher
{
    /// <summary>
    /// A node, up to <c>$limit</c> of its relationships (not the bookkeeping DECLARED_IN), and the edges
    /// among its neighbours; one statement per label of the node (Entity, Claim, Article, Report: a closed
    /// set), found by its id. As of a day, the node and its neighbours count once an article published
    /// by then carries them (<see cref="AsOfCypher.Node"/>). The node is matched, not optionally matched:
    /// Neo4j 3.1 answers null for pattern comprehensions once an OPTIONAL MATCH found nothing.
    /// </summary>
    /// <remarks>
    /// The edges among the neighbours come from an OPTIONAL MATCH per neighbour rather than a pattern
    /// comprehension: Neo4j 3.1.1 on Java 17 can fail a comprehension whose end node has no label, and
    /// a neighbour may be any kind of node. An empty neighbourhood still yields its row (<c>[null]</c>).
    /// </remarks>
    public static readonly IReadOnlyDictionary<string, string> NeighbourhoodByLabel =
        new[] { Labels.Entity, Labels.Claim, Labels.Article, Labels.Report }.ToDictionary(label => label, NeighbourhoodOf, StringComparer.Ordinal);

    private static string NeighbourhoodOf(string label) => $$"""
        MATCH (n:{{label}} {id: $id})
        WHERE {{AsOfCypher.Node("n")}}
        OPTIONAL MATCH (n)-[rel]-(m)
        WHERE type(rel) <> '{{RelationshipTypes.DeclaredIn}}' AND {{AsOfCypher.Node("m")}}
        WITH n, rel, m
        ORDER BY type(rel), m.id
        LIMIT $limit
        WITH n, collect(rel) AS rels, collect(DISTINCT m) AS ms
        UNWIND CASE size(ms) WHEN 0 THEN [null] ELSE ms END AS x
        OPTIONAL MATCH (x)-[between]->(y)
        WHERE y IN ms AND type(between) <> '{{RelationshipTypes.DeclaredIn}}'
        WITH n, rels, ms, collect(between) AS among
        RETURN n {.*, labels: labels(n)} AS center,
               [m IN ms | m {.*, labels: labels(m)}] AS nodes,
               [rel IN rels + among | {source: startNode(rel).id, target: endNode(rel).id, type: type(rel)}] AS edges
        """;

    /// <summary>
    /// As of a day, an event counts once an article published by then dates it (a claim about it with a time).
    /// Events the thing took part in, that happened in it (a claim about the event and the place, or the
    /// declared place) or concern it, and events concerning its treaties and deployments; dated
    /// (<see cref="AsOfCypher.KnownDate"/>), between <c>$from</c> and <c>$to</c> compared at each date's own precision.
    /// </summary>
    /// <remarks>Gathered with OPTIONAL MATCH: a pattern comprehension with an untyped step is one of the forms Neo4j 3.1.1 on Java 17 can get wrong.</remarks>
    public static readonly string Timeline = $$"""
        MATCH (x:Entity {id: $involving})
        OPTIONAL MATCH (x)-[:{{RelationshipTypes.TookPartIn}}]->(took:Event)
        WITH x, collect(took) AS took
        OPTIONAL MATCH (x)<-[:{{RelationshipTypes.LocatedIn}}|{{RelationshipTypes.Concerns}}]-(there:Event)
        WITH x, took, collect(there) AS there
        OPTIONAL MATCH (x:{{Labels.Place}})<-[:{{RelationshipTypes.About}}]-(:Claim)-[:{{RelationshipTypes.About}}]->(placed:Event)
        WITH x, took, there, collect(placed) AS placed
        OPTIONAL MATCH (x)--(t:Entity)<-[:{{RelationshipTypes.Concerns}}]-(tied:Event)
        WHERE t:Treaty OR t:Deployment
        WITH x, took, there, placed, collect(tied) AS tied
        UNWIND took + there + placed + tied + CASE WHEN x:Event THEN [x] ELSE [] END AS e
        WITH DISTINCT e
        WITH e, {{AsOfCypher.KnownDate("e")}} AS date
        WHERE date IS NOT NULL
          AND ($from IS NULL OR date >= substring($from, 0, size(date)))
          AND ($to IS NULL OR substring(date, 0, size($to)) <= $to)
        WITH e, date
        ORDER BY date, e.id
        RETURN e {.*, labels: labels(e)} AS node
        """;

    // The closed set of ties between things, as a Cypher list literal.
    private static readonly string BetweenThings = string.Join(", ", RelationshipTypes.BetweenThings.Select(t => $"'{t}'"));

    /// <summary>The shortest chain of ties between two things (at most 4), each step with the claims about both its ends.</summary>
    /// <remarks>
    /// The types are a filter on an untyped <c>shortestPath</c>, not part of its pattern: Neo4j 3.1.1 on
    /// Java 17 fails a typed <c>shortestPath</c> (IncompatibleClassChangeError in its legacy pattern
    /// matcher); Neo4j 5 evaluates the <c>all(...)</c> during its search all the same.
    /// </remarks>
    public static readonly string Path = $$"""
        MATCH (a:Entity {id: $from})
        MATCH (b:Entity {id: $to})
        WHERE a <> b
        MATCH p = shortestPath((a)-[*..4]-(b))
        WHERE all(r IN relationships(p) WHERE type(r) IN [{{BetweenThings}}])
        UNWIND range(0, length(p) - 1) AS i
        WITH i, nodes(p)[i] AS s, nodes(p)[i + 1] AS t, relationships(p)[i] AS rel
        WITH i, s, t, rel, [(s)<-[:{{RelationshipTypes.About}}]-(c:Claim)-[:{{RelationshipTypes.About}}]->(t:Entity) | c {.*, labels: labels(c)}] AS claims
        ORDER BY i
        RETURN i,
               s {.*, labels: labels(s)} AS fromNode,
               t {.*, labels: labels(t)} AS toNode,
               type(rel) AS type,
               startNode(rel) = s AS forward,
               properties(rel) AS properties,
               claims
        """;
}
