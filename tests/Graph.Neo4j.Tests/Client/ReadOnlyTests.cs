using Graph.Neo4j.Client;
using Graph.Neo4j.Errors;
using Graph.Testing;
using Xunit;

namespace Graph.Neo4j.Tests.Client;

public sealed class ReadOnlyTests(Neo4jFixture neo4j) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public async Task The_read_path_refuses_a_write_statement_and_nothing_is_written()
    {
        using var client = new Neo4jClient(neo4j.Options);
        var reader = new Neo4jReader(client);
        var id = "read-only-" + Guid.NewGuid().ToString("N");
        var parameters = new Dictionary<string, object?> { ["id"] = id };

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() =>
            reader.RunAsync(new Cypher("SneakyWrite", "MATCH (a:Article) WITH count(a) AS n CREATE (t:Thing {id: $id}) RETURN n", parameters)));

        Assert.Contains("CREATE", error.Message, StringComparison.Ordinal);
        var count = await client.RunAsync(new Cypher("CountWritten", "MATCH (t:Thing {id: $id}) RETURN count(t) AS n", parameters));
        Assert.Equal(0L, count.Rows[0].GetInt64("n"));
    }

    [Fact]
    public async Task The_read_path_runs_reads()
    {
        using var client = new Neo4jClient(neo4j.Options);
        var result = await new Neo4jReader(client).RunAsync(new Cypher("Probe", "RETURN 'CREATE (n) SET n.x = 1' AS text, {set: 1}.set AS s"));
        Assert.Equal("CREATE (n) SET n.x = 1", result.Rows[0].GetString("text"));
    }

    [Theory]
    [InlineData("MATCH (n:Thing) SET n.x = 1", "SET")]
    [InlineData("match (n:Thing) detach delete n", "DETACH")]
    [InlineData("MERGE (n:Thing {id: $id})", "MERGE")]
    [InlineData("MATCH (n:Thing) REMOVE n.x", "REMOVE")]
    [InlineData("LOAD CSV FROM 'file:///x' AS row RETURN row", "LOAD")]
    [InlineData("UNWIND [1] AS x FOREACH (y IN [x] | CREATE (:Thing))", "FOREACH")]
    [InlineData("CALL db.index.fulltext.createNodeIndex('x', ['Thing'], ['name'])", "CALL")]
    [InlineData("MATCH (n:Thing) WHERE n.name = 'x' /* c */ CREATE (m:Thing)", "CREATE")]
    public void Writing_clauses_are_found(string cypher, string clause) => Assert.Equal(clause, WriteClauses.Find(cypher));

    [Theory]
    [InlineData("MATCH (n:Thing) WHERE n.name = 'CREATE (x)' RETURN n")]
    [InlineData("MATCH (n:Thing) RETURN n.set, n.`delete`, {create: 1} AS m, $merge AS p // SET n.x = 1")]
    [InlineData("MATCH (n:Set) RETURN n.created AS createdOn ORDER BY createdOn")]
    public void Names_and_literals_that_look_like_clauses_are_not(string cypher) => Assert.Null(WriteClauses.Find(cypher));
}
