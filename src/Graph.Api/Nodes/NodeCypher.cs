namespace Graph.Api.Nodes;

public static class NodeCypher
{
    /// <summary>
    /// Any node by id, through the id constraint of each label; failing that, a claim by a name an
    /// article file gives it (claim ids are derived from content, files name claims as they like):
    /// a claim's <c>names</c> are its reports' <c>claimName</c>s, which the report_claim_name index finds.
    /// </summary>
    public const string ById = """
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
        RETURN n {.*, labels: labels(n)} AS node
        """;

    /// <summary>
    /// Whether a node of a label (Entity, Claim, Article, Report: a closed set) was known on <c>$asOf</c>
    /// (<see cref="History.AsOfCypher.Node"/>); matched by label, not through OPTIONAL MATCH, which makes
    /// Neo4j 3.1 answer null for the pattern comprehensions the test needs.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> KnownByLabel =
        new[] { Knowledge.Model.Labels.Entity, Knowledge.Model.Labels.Claim, Knowledge.Model.Labels.Article, Knowledge.Model.Labels.Report }
            .ToDictionary(label => label, label => $$"""
                MATCH (n:{{label}} {id: $id})
                WHERE {{History.AsOfCypher.Node("n")}}
                RETURN count(n) AS known
                """, StringComparer.Ordinal);
}
