using Graph.Neo4j.Client;

namespace Graph.Bench.Loading;

/// <summary>Emptying and counting the bench's database between the raw load and the import.</summary>
public static class GraphCounts
{
    private const string DeleteSome = """
        MATCH (n)
        WITH n LIMIT 5000
        DETACH DELETE n
        RETURN count(*) AS deleted
        """;

    private const string CountNodes = "MATCH (n) RETURN count(n) AS n";

    private const string CountRelationships = "MATCH ()-[r]->() RETURN count(r) AS n";

    public static async Task WipeAsync(Neo4jClient client, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var result = await client.RunAsync(new Cypher("BenchWipe", DeleteSome, new Dictionary<string, object?>()) { Idempotent = true }, cancellationToken);
            if (result.Rows[0].GetInt64("deleted") == 0)
            {
                return;
            }
        }
    }

    public static async Task<(long Nodes, long Relationships)> CountAsync(Neo4jClient client, CancellationToken cancellationToken = default)
    {
        var results = await client.RunAsync(
        [
            new Cypher("BenchCountNodes", CountNodes, new Dictionary<string, object?>()) { Idempotent = true },
            new Cypher("BenchCountRelationships", CountRelationships, new Dictionary<string, object?>()) { Idempotent = true },
        ], cancellationToken);
        return (results[0].Rows[0].GetInt64("n"), results[1].Rows[0].GetInt64("n"));
    }
}
