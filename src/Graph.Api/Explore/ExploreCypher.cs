using Graph.Api.History;
using Graph.Knowledge.Model;

namespace Graph.Api.Explore;

public static class ExploreCypher
{
    /// <summary>
    /// What a node is drawn with (<see cref="GraphNode"/>), as a list <c>[id, labels, caption]</c>: the caption is
    /// the first of its name, statement, title and quote (cut to length in C#). A list, not a map,
    /// and one caption, not four properties: the JSON Neo4j writes costs time (around a hub, a third less JSON made
    /// the statement about 10% faster on Neo4j 3.1, for 300 more db hits: a map projection reads a node's
    /// properties at once). Not cut with <c>left()</c> here: Neo4j 3.1 reads its argument's properties twice.
    /// </summary>
    private static string Drawn(string node) =>
        $"[{node}.id, labels({node}), coalesce({node}.name, {node}.statement, {node}.title, {node}.quote)]";

    /// <summary>
    /// A node, up to <c>$limit</c> of its relationships (not the bookkeeping DECLARED_IN), and the edges
    /// among its neighbours, in one statement: the node is found as <c>node(id:)</c> finds it
    /// (<see cref="Nodes.NodeCypher.Find"/>). As of a day, the node and its neighbours count once an
    /// article published by then carries them (<see cref="AsOfCypher.Node"/>). The node found is collected
    /// and unwound before it is tested: after an OPTIONAL MATCH that found nothing, Neo4j 3.1 answers null
    /// for the pattern comprehensions the test needs, not over a collected list.
    /// </summary>
    /// <remarks>
    /// The edges among the neighbours come from an OPTIONAL MATCH per neighbour rather than a pattern
    /// comprehension: Neo4j 3.1.1 on Java 17 can fail a comprehension whose end node has no label, and
    /// a neighbour may be any kind of node. An empty neighbourhood still yields its row (<c>[null]</c>).
    /// Each node comes <see cref="Drawn"/>, each edge as <c>[source id, target id, type]</c>. The lists of
    /// relationships and neighbours ride through the last aggregation as <c>head(collect(...))</c>, not as
    /// grouping keys: Neo4j 3.1 hashes a list key on every row (around a hub, 100 rows of two 100-item
    /// lists: 15% of the statement's time).
    /// Without a day the as-of tests are left out, not only short-circuited by <c>$asOf IS NULL</c>: Neo4j 3.1
    /// plans the pattern expressions of a WHERE as RollUpApply, evaluated for every neighbour before the
    /// test (at 10^4 claims, ten times the db hits of the neighbourhood itself around a hub).
    /// </remarks>
    private static string NeighbourhoodOf(bool dated) => $$"""
        {{Nodes.NodeCypher.Find}}
        WITH collect(n) AS found
        UNWIND found AS n
        WITH n
        WHERE {{(dated ? AsOfCypher.Node("n") : "true")}}
        OPTIONAL MATCH (n)-[rel]-(m)
        WHERE type(rel) <> '{{RelationshipTypes.DeclaredIn}}' AND {{(dated ? AsOfCypher.Node("m") : "true")}}
        WITH n, rel, m
        ORDER BY type(rel), m.id
        LIMIT $limit
        WITH n, collect(rel) AS rels, collect(DISTINCT m) AS ms
        UNWIND CASE size(ms) WHEN 0 THEN [null] ELSE ms END AS x
        OPTIONAL MATCH (x)-[between]->(y)
        WHERE y IN ms AND type(between) <> '{{RelationshipTypes.DeclaredIn}}'
        WITH n, collect(between) AS among, head(collect(rels)) AS rels, head(collect(ms)) AS ms
        RETURN {{Drawn("n")}} AS center,
               [m IN ms | {{Drawn("m")}}] AS nodes,
               [rel IN rels + among | [startNode(rel).id, endNode(rel).id, type(rel)]] AS edges
        """;

    private static readonly string Undated = NeighbourhoodOf(dated: false);
    private static readonly string Dated = NeighbourhoodOf(dated: true);

    /// <summary><see cref="NeighbourhoodOf"/> as of a day (<paramref name="dated"/>: <c>$asOf</c> is given), else of everything known.</summary>
    public static string Neighbourhood(bool dated) => dated ? Dated : Undated;

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
        OPTIONAL MATCH (x)-[:{{RelationshipTypes.AnyBetweenThings}}]-(t:Entity)<-[:{{RelationshipTypes.Concerns}}]-(tied:Event)
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
        {{TimelineReturn}}
        """;

    /// <summary>How <see cref="Timeline"/> ends; the root field puts its compiled selection there (<see cref="Reading.RootStatement"/>).</summary>
    public const string TimelineReturn = "RETURN e {.*, labels: labels(e)} AS node";

    // The closed set of ties between things, as a Cypher list literal.
    private static readonly string BetweenThings = string.Join(", ", RelationshipTypes.BetweenThings.Select(t => $"'{t}'"));

    /// <summary>
    /// The shortest chain of ties between two things (at most 4), each step with the claims about both its
    /// ends; <paramref name="from"/>, <paramref name="to"/> and <paramref name="claim"/> project the step's
    /// ends (over <c>s</c>, <c>t</c>) and each claim (over <c>c</c>) as the operation selects them.
    /// </summary>
    /// <remarks>
    /// The types are a filter on an untyped <c>shortestPath</c>, not part of its pattern: Neo4j 3.1.1 on
    /// Java 17 fails a typed <c>shortestPath</c> (IncompatibleClassChangeError in its legacy pattern
    /// matcher); Neo4j 5 evaluates the <c>all(...)</c> during its search all the same. The projections are
    /// made before the ORDER BY: Neo4j 3.1 can answer null for pattern comprehensions after one.
    /// </remarks>
    public static string Path(string from, string to, string claim) => $$"""
        MATCH (a:Entity {id: $from})
        MATCH (b:Entity {id: $to})
        WHERE a <> b
        MATCH p = shortestPath((a)-[*..4]-(b))
        WHERE all(r IN relationships(p) WHERE type(r) IN [{{BetweenThings}}])
        UNWIND range(0, length(p) - 1) AS i
        WITH i, nodes(p)[i] AS s, nodes(p)[i + 1] AS t, relationships(p)[i] AS rel
        WITH i, rel, {{from}} AS fromNode, {{to}} AS toNode, type(rel) AS type, startNode(rel) = s AS forward,
             [(s)<-[:{{RelationshipTypes.About}}]-(c:Claim)-[:{{RelationshipTypes.About}}]->(t:Entity) | {{claim}}] AS claims
        ORDER BY i
        RETURN i, fromNode, toNode, type, forward, properties(rel) AS properties, claims
        """;

    /// <summary>Whether a thing has this id (a path from a thing to itself has no steps).</summary>
    public const string Thing = "MATCH (a:Entity {id: $from}) RETURN count(a) AS found";
}
