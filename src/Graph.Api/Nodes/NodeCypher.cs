namespace Graph.Api.Nodes;

public static class NodeCypher
{
    /// <summary>
    /// Any node by id, through the id constraint of each label; failing that, a claim by a name an
    /// article file gives it (claim ids are derived from content, files name claims as they like):
    /// a claim's <c>names</c> are its reports' <c>claimName</c>s, which the report_claim_name index finds.
    /// </summary>
    internal const string Find = """
        OPTIONAL MATCH (e:Entity {id: $id})
        OPTIONAL MATCH (c:Claim {id: $id})
        OPTIONAL MATCH (a:Article {id: $id})
        OPTIONAL MATCH (r:Report {id: $id})
        WITH coalesce(e, c, a, r) AS found
        OPTIONAL MATCH (:Report {claimName: $id})-[:REPORTS]->(named:Claim)
        WHERE found IS NULL
        WITH found, named
        ORDER BY named.id
        WITH found, head(collect(named)) AS named
        WITH coalesce(found, named) AS n
        """;

    public const string ById = Find + "\nRETURN n {.*, labels: labels(n)} AS node";

    /// <summary>
    /// The node found as <see cref="ById"/> when it was known on <c>$asOf</c> (<see cref="History.AsOfCypher.Node"/>),
    /// as <paramref name="map"/>, the compiled selection over <c>x</c>; <c>node</c> is an empty list when there is none.
    /// Collected first, then projected: after OPTIONAL MATCH, Neo4j 3.1 answers null for pattern comprehensions over <c>n</c>.
    /// </summary>
    /// <param name="dated">whether an <c>asOf</c> was given. Without one the test is left out, not skipped by
    /// <c>$asOf IS NULL OR ...</c>: Neo4j 3.1 reorders that OR and walks a thing's claims and reports anyway
    /// (about 2,000 db hits for the treaty at 10^4 claims, against 14 without the test).</param>
    public static string Selected(string map, bool dated) => Find + "\n" + $"""
        WITH collect(n) AS found
        RETURN [x IN found{(dated ? $" WHERE {History.AsOfCypher.Node("x")}" : string.Empty)} | {map}] AS node
        """;
}
