using Graph.Neo4j.Client;
using Graph.Neo4j.Errors;
using Graph.Testing;
using Xunit;

namespace Graph.Neo4j.Tests.Client;

public sealed class Neo4jClientTests(Neo4jFixture neo4j) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public async Task Discovers_the_transactional_endpoint_from_the_root()
    {
        var endpoint = await neo4j.Client.GetTransactionEndpointAsync();

        var expected = neo4j.Server.Major >= 4 ? $"/db/{neo4j.Options.Database}/tx" : "/db/data/transaction";
        Assert.Equal(expected, endpoint.AbsolutePath);
        Assert.Equal(neo4j.Options.Uri.Authority, endpoint.Authority);
    }

    [Fact]
    public async Task Parameters_round_trip_unchanged()
    {
        const string awkward = "quote \" apostrophe ' backslash \\ newline \n tab \t emoji 🪖🇰🇵 Hangul 조선민주주의인민공화국 $notAParam {braces}";
        var result = await neo4j.Client.RunAsync(new Cypher("RoundTrip",
            "RETURN $text AS text, $number AS number, $ratio AS ratio, $flag AS flag, $nothing AS nothing, $list AS list, $map.key AS key",
            new Dictionary<string, object?>
            {
                ["text"] = awkward,
                ["number"] = 12000L,
                ["ratio"] = 0.5,
                ["flag"] = true,
                ["nothing"] = null,
                ["list"] = new[] { "Korea Utara", "북한" },
                ["map"] = new Dictionary<string, object?> { ["key"] = "Nordkorea" },
            }));

        var row = Assert.Single(result.Rows);
        Assert.Equal(awkward, row.GetString("text"));
        Assert.Equal(12000L, row.GetInt64("number"));
        Assert.Equal(0.5, row.GetNullableDouble("ratio"));
        Assert.True(row.GetBoolean("flag"));
        Assert.True(row.IsNull("nothing"));
        Assert.Equal(["Korea Utara", "북한"], row.GetStrings("list"));
        Assert.Equal("Nordkorea", row.GetString("key"));
    }

    /// <summary>
    /// An answer is read into a pooled buffer that grows as it comes (a claim page is about 100 KB) and its rows read their
    /// values in place, until a reader done with them releases the buffer; after that they cannot be read by mistake.
    /// </summary>
    [Fact]
    public async Task A_large_answer_reads_whole_and_its_released_rows_are_not_read_again()
    {
        var text = string.Concat(Enumerable.Repeat("Корея 🪖 ", 20_000));
        var result = await neo4j.Client.RunAsync(new Cypher("LargeAnswer",
            "UNWIND range(1, 3) AS i RETURN i, $text AS text, range(0, 20000) AS numbers", new Dictionary<string, object?> { ["text"] = text }));

        Assert.Equal([1L, 2L, 3L], result.Rows.Select(r => r.GetInt64("i")));
        Assert.All(result.Rows, r => Assert.Equal(text, r.GetString("text")));
        Assert.All(result.Rows, r => Assert.Equal(20_000, r["numbers"][20_000].GetInt32()));

        result.ReleaseBuffers();
        result.ReleaseBuffers();

        Assert.Throws<ObjectDisposedException>(() => result.Rows[0].GetString("text"));
    }

    [Fact]
    public async Task Several_statements_in_one_request_commit_together()
    {
        var id = Neo4jFixture.UniqueId("batch");
        var results = await neo4j.Client.RunAsync(
        [
            new Cypher("CreateProbe", "CREATE (n:Probe {id: $id, step: 1})", Params(id)),
            new Cypher("UpdateProbe", "MATCH (n:Probe {id: $id}) SET n.step = 2 RETURN n.step AS step", Params(id)),
        ]);

        Assert.Equal(2, results.Count);
        Assert.Equal(2L, Assert.Single(results[1].Rows).GetInt64("step"));
        await DeleteProbeAsync(id);
    }

    [Fact]
    public async Task A_failing_statement_rolls_back_the_whole_request()
    {
        var id = Neo4jFixture.UniqueId("atomic");
        await Assert.ThrowsAsync<Neo4jClientException>(() => neo4j.Client.RunAsync(
        [
            new Cypher("CreateProbe", "CREATE (n:Probe {id: $id})", Params(id)),
            new Cypher("Broken", "RETURN 1 / $zero AS boom", new Dictionary<string, object?> { ["zero"] = 0 }),
        ]));

        Assert.Equal(0, await CountProbesAsync(id));
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_nothing()
    {
        var id = Neo4jFixture.UniqueId("rollback");
        await using (var transaction = await neo4j.Client.BeginTransactionAsync())
        {
            await transaction.RunAsync(new Cypher("CreateProbe", "CREATE (n:Probe {id: $id})", Params(id)));
            Assert.Equal(1L, (await transaction.RunAsync(new Cypher("CountProbes", "MATCH (n:Probe {id: $id}) RETURN count(n) AS n", Params(id)))).Rows[0].GetInt64("n"));
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await CountProbesAsync(id));
    }

    [Fact]
    public async Task A_transaction_disposed_without_commit_is_rolled_back()
    {
        var id = Neo4jFixture.UniqueId("dispose");
        await using (var transaction = await neo4j.Client.BeginTransactionAsync())
        {
            await transaction.RunAsync(new Cypher("CreateProbe", "CREATE (n:Probe {id: $id})", Params(id)));
        }

        Assert.Equal(0, await CountProbesAsync(id));
    }

    [Fact]
    public async Task A_committed_transaction_persists()
    {
        var id = Neo4jFixture.UniqueId("commit");
        await using (var transaction = await neo4j.Client.BeginTransactionAsync())
        {
            await transaction.RunAsync(new Cypher("CreateProbe", "CREATE (n:Probe {id: $id})", Params(id)));
            await transaction.CommitAsync();
        }

        Assert.Equal(1, await CountProbesAsync(id));
        await DeleteProbeAsync(id);
    }

    [Fact]
    public async Task A_uniqueness_violation_surfaces_as_its_typed_error()
    {
        var id = Neo4jFixture.UniqueId("unique");
        var create = new Cypher("CreateCountry", "CREATE (c:Country {id: $id, name: 'Probe'})", Params(id));
        await neo4j.Client.RunAsync(create);

        var error = await Assert.ThrowsAsync<Neo4jConstraintViolationException>(() => neo4j.Client.RunAsync(create));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Contains(id, error.Message, StringComparison.Ordinal);
        await neo4j.Client.RunAsync(new Cypher("DeleteCountry", "MATCH (c:Country {id: $id}) DELETE c", Params(id)));
    }

    [Fact]
    public async Task A_syntax_error_carries_the_neo4j_code()
    {
        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => neo4j.Client.RunAsync(new Cypher("Broken", "RETURN $x +", Params("x"))));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
    }

    [Fact]
    public async Task Round_trips_are_counted()
    {
        using var client = new Neo4jClient(neo4j.Options);
        await client.GetTransactionEndpointAsync();
        var before = client.RoundTrips;

        await client.RunAsync([new Cypher("One", "RETURN 1 AS x"), new Cypher("Two", "RETURN 2 AS x")]);

        Assert.Equal(before + 1, client.RoundTrips);
    }

    private async Task<long> CountProbesAsync(string id) =>
        (await neo4j.Client.RunAsync(new Cypher("CountProbes", "MATCH (n:Probe {id: $id}) RETURN count(n) AS n", Params(id)))).Rows[0].GetInt64("n");

    private Task DeleteProbeAsync(string id) =>
        neo4j.Client.RunAsync(new Cypher("DeleteProbe", "MATCH (n:Probe {id: $id}) DELETE n", Params(id)));

    private static Dictionary<string, object?> Params(string id) => new() { ["id"] = id };
}
