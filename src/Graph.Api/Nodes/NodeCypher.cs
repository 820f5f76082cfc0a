namespace Graph.Api.Nodes;

public static class NodeCypher
{
    /// <summary>Any node by id, through the id constraint of each label (no label scan).</summary>
    public const string ById = """
        OPTIONAL MATCH (e:Entity {id: $id})
        OPTIONAL MATCH (c:Claim {id: $id})
        OPTIONAL MATCH (a:Article {id: $id})
        OPTIONAL MATCH (r:Report {id: $id})
        WITH coalesce(e, c, a, r) AS n
        RETURN n {.*, labels: labels(n)} AS node
        """;
}
