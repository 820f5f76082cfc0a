using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Graph.Neo4j.Client;
using Graph.Neo4j.Errors;
using Graph.Testing;
using Xunit;

namespace Graph.Neo4j.Tests.Client;

public sealed class FailureTests(Neo4jFixture neo4j) : IClassFixture<Neo4jFixture>
{
    private static readonly Cypher Probe = new("Probe", "RETURN 1 AS x") { Idempotent = true };

    [Fact]
    public async Task A_transient_error_is_retried_until_it_succeeds()
    {
        var handler = new FaultInjectingHandler(FaultInjectingHandler.TransientError, faults: 2);
        using var client = new Neo4jClient(FastRetries(), handler: handler);

        var result = await client.RunAsync(Probe);

        Assert.Equal(1L, result.Rows[0].GetInt64("x"));
        Assert.Equal(2, handler.Injected);
    }

    [Fact]
    public async Task A_transient_error_that_persists_is_given_up_after_the_retry_budget()
    {
        var handler = new FaultInjectingHandler(FaultInjectingHandler.TransientError, faults: int.MaxValue);
        var options = FastRetries();
        options.MaxRetryTime = TimeSpan.FromSeconds(1);
        using var client = new Neo4jClient(options, handler: handler);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync(Probe));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.Code);
        Assert.True(handler.Injected > 2, $"tried {handler.Injected} times");
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_statement_that_met_a_concurrently_deleted_node_is_run_again_when_safe_to_repeat()
    {
        var handler = new FaultInjectingHandler(FaultInjectingHandler.ConcurrentlyDeleted, faults: 1);
        using var client = new Neo4jClient(FastRetries(), handler: handler);

        var result = await client.RunAsync(Probe);

        Assert.Equal(1L, result.Rows[0].GetInt64("x"));
        Assert.Equal(1, handler.Injected);
    }

    [Fact]
    public async Task A_statement_that_met_a_concurrently_deleted_node_is_not_run_again_when_not_safe_to_repeat()
    {
        var handler = new FaultInjectingHandler(FaultInjectingHandler.ConcurrentlyDeleted, faults: 1);
        using var client = new Neo4jClient(FastRetries(), handler: handler);

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => client.RunAsync(Probe with { Idempotent = false }));

        Assert.Equal("Neo.ClientError.Statement.EntityNotFound", error.Code);
        Assert.Equal(1, handler.Injected);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_when_the_work_is_safe_to_repeat()
    {
        var handler = new FaultInjectingHandler(FaultInjectingHandler.DroppedConnection, faults: 1);
        using var client = new Neo4jClient(FastRetries(), handler: handler);

        var result = await client.RunAsync(Probe);

        Assert.Equal(1L, result.Rows[0].GetInt64("x"));
        Assert.Equal(1, handler.Injected);
    }

    [Fact]
    public async Task A_connection_dropped_while_the_answer_comes_is_a_dropped_connection()
    {
        var handler = new FaultInjectingHandler(FaultInjectingHandler.DroppedWhileAnswering, faults: 1);
        using var client = new Neo4jClient(FastRetries(), handler: handler);
        using var writer = new Neo4jClient(FastRetries(), handler: new FaultInjectingHandler(FaultInjectingHandler.DroppedWhileAnswering, faults: 1));
        await writer.GetTransactionEndpointAsync();

        var result = await client.RunAsync(Probe);
        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() =>
            writer.RunAsync(new Cypher("CreateProbe", "CREATE (n:Probe {id: $id})", new Dictionary<string, object?> { ["id"] = Neo4jFixture.UniqueId("dropped-body") })));

        Assert.Equal(1L, result.Rows[0].GetInt64("x"));
        Assert.Equal(1, handler.Injected);
        Assert.True(error.RequestSent);
        Assert.IsType<IOException>(error.InnerException);
    }

    [Fact]
    public async Task A_dropped_connection_is_not_retried_when_the_write_may_have_applied()
    {
        var handler = new FaultInjectingHandler(FaultInjectingHandler.DroppedConnection, faults: 1);
        using var client = new Neo4jClient(FastRetries(), handler: handler);
        await client.GetTransactionEndpointAsync();

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() =>
            client.RunAsync(new Cypher("CreateProbe", "CREATE (n:Probe {id: $id})", new Dictionary<string, object?> { ["id"] = Neo4jFixture.UniqueId("dropped") })));

        Assert.True(error.RequestSent);
        Assert.Equal(1, handler.Injected);
    }

    [Fact]
    public async Task A_stopped_neo4j_gives_a_clear_error_within_five_seconds()
    {
        var port = FreePort();
        using var client = new Neo4jClient(new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{port}"), Password = "x" });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync(Probe));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.StartsWith($"Neo4j is not reachable at http://127.0.0.1:{port}/: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("refused", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A dry run (the importer's) is one transaction rolled back at the end. When Neo4j breaks a deadlock with
    /// another writer by failing it mid-way (the tests' parallel imports did), the whole work runs again in a
    /// new transaction, and nothing of either attempt stays.
    /// </summary>
    [Fact]
    public async Task A_rolled_back_transaction_failed_by_a_transient_error_runs_its_whole_work_again()
    {
        var handler = new FaultInjectingHandler(FaultInjectingHandler.TransientError, faults: 1, where: FaultInjectingHandler.InOpenTransaction);
        using var client = new Neo4jClient(FastRetries(), handler: handler);
        var id = Neo4jFixture.UniqueId("rolled-back");
        var parameters = new Dictionary<string, object?> { ["id"] = id };
        var attempts = 0;

        var seen = await client.RolledBackAsync("CreateProbes", async (transaction, ct) =>
        {
            attempts++;
            await transaction.RunAsync(new Cypher("CreateProbe", "CREATE (n:Probe {id: $id})", parameters), ct);
            var counted = await transaction.RunAsync(new Cypher("CountProbes", "MATCH (n:Probe {id: $id}) RETURN count(n) AS n", parameters), ct);
            return counted.Rows[0].GetInt64("n");
        });

        Assert.Equal(1, handler.Injected);
        Assert.Equal(2, attempts);
        Assert.Equal(1L, seen);
        var left = await client.RunAsync(new Cypher("CountProbes", "MATCH (n:Probe {id: $id}) RETURN count(n) AS n", parameters));
        Assert.Equal(0L, left.Rows[0].GetInt64("n"));
    }

    [Fact]
    public async Task A_wrong_password_is_reported_as_such()
    {
        var options = FastRetries();
        options.Password = "not-the-password";
        using var client = new Neo4jClient(options);

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync(Probe));

        Assert.Contains("password", error.Message, StringComparison.Ordinal);
    }

    private Neo4jOptions FastRetries() => new()
    {
        Uri = neo4j.Options.Uri,
        User = neo4j.Options.User,
        Password = neo4j.Options.Password,
        Database = neo4j.Options.Database,
        RetryInitialDelay = TimeSpan.FromMilliseconds(20),
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
