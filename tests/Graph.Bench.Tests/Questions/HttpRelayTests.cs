using Graph.Bench.Questions;
using Graph.Neo4j.Client;
using Graph.Neo4j.Errors;
using Graph.Testing;

namespace Graph.Bench.Tests.Questions;

/// <summary>The relay the bench times the hand-written Cypher through: every request goes through it, answers and errors unchanged.</summary>
public sealed class HttpRelayTests
{
    [Fact]
    public async Task A_client_of_the_relay_reaches_Neo4j_only_through_it_and_gets_its_answers_and_errors()
    {
        var options = await Neo4jServer.GetAsync();
        await using var relay = await HttpRelay.StartAsync(options);
        using var client = new Neo4jClient(relay.Reaching(options));

        var result = await client.RunAsync(new Cypher("RelayedOne", "RETURN $value + 1 AS answer", new Dictionary<string, object?> { ["value"] = 41 }));
        var failure = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync(new Cypher("RelayedTypo", "RETURN nope AS answer")));

        Assert.Equal(42, result.Rows[0].GetInt64("answer"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", failure.Code);
        // GET / (the transactional endpoint's discovery) and the two statements' POSTs.
        Assert.Equal(3, relay.Relayed);
        Assert.NotEqual(options.Uri.Port, relay.Address.Port);
    }
}
