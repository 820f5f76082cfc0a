using System.Diagnostics;
using Graph.Neo4j;
using Graph.Neo4j.Client;

namespace Graph.Bench.Loading;

/// <summary>
/// Empties the bench's database before each load. A server the bench started itself (scripts/bench.sh sets
/// <c>BENCH_NEO4J_DATA_DIR</c> to its data folder) is stopped, its data folder deleted and started again:
/// deleting 10^5 claims' nodes with Cypher ran Neo4j 3.1's 1 GB heap into GC pauses and failed. A server
/// it was given (<c>BENCH_NEO4J_URI</c>) is emptied with Cypher, in batches (<see cref="GraphCounts.WipeAsync"/>).
/// </summary>
public static class BenchDatabase
{
    public const string DataDirVariable = "BENCH_NEO4J_DATA_DIR";

    /// <summary>
    /// The raw load's client: as <paramref name="neo4j"/>, with a request timeout long enough for one batch of
    /// <see cref="RawLoad.BatchSize"/> rows on a cold 10^5 graph. The API keeps its own (shorter) timeout.
    /// </summary>
    public static Neo4jOptions LoaderOptions(Neo4jOptions neo4j) => new()
    {
        Uri = neo4j.Uri,
        User = neo4j.User,
        Password = neo4j.Password,
        Database = neo4j.Database,
        ConnectTimeout = neo4j.ConnectTimeout,
        RequestTimeout = neo4j.RequestTimeout > TimeSpan.FromMinutes(15) ? neo4j.RequestTimeout : TimeSpan.FromMinutes(15),
        MaxRetryTime = neo4j.MaxRetryTime,
        RetryInitialDelay = neo4j.RetryInitialDelay,
        SlowStatementThreshold = TimeSpan.FromMinutes(1),
    };

    /// <summary>
    /// Empties the database: by a restart on a fresh data folder when the bench owns the server (<paramref name="server"/>, or
    /// the one scripts/bench.sh started), else with Cypher.
    /// </summary>
    public static async Task EmptyAsync(Neo4jOptions neo4j, string repository, BenchServer? server = null, CancellationToken cancellationToken = default)
    {
        var dataDir = server?.DataDir ?? Environment.GetEnvironmentVariable(DataDirVariable);
        if (string.IsNullOrEmpty(dataDir))
        {
            using var client = new Neo4jClient(LoaderOptions(neo4j));
            await GraphCounts.WipeAsync(client, cancellationToken);
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        await StopAndStartAsync(repository, server, () =>
        {
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }, cancellationToken);
        BenchLog.Write($"emptied the bench's Neo4j: stopped, deleted {dataDir}, started again in {stopwatch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// Restarts the server before the questions are timed, when the bench owns it (a server it was given is left as
    /// it is, with a warning). Neo4j 3.1.1 on Java 17 reads a graph loaded since it started far more slowly than the
    /// same graph after a restart: the DisagreeingFigures example at 10^4 claims, right after the import, took 3.5 s by
    /// hand-written Cypher and 4.1 s through the API, with the same plan reading 3.0 million db hits where it reads
    /// 23 thousand once the server has restarted (PROFILE, 1 December 2026). The questions are timed on the graph as
    /// a server that has been running on it answers.
    /// </summary>
    public static async Task RestartAsync(string repository, BenchServer? server = null, CancellationToken cancellationToken = default)
    {
        if (server is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(DataDirVariable)))
        {
            BenchLog.Write($"WARNING: the questions are timed on a server that loaded the graph since it started; Neo4j 3.1 reads such a graph much more slowly until it restarts");
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        await StopAndStartAsync(repository, server, whileStopped: null, cancellationToken);
        BenchLog.Write($"restarted the bench's Neo4j on the loaded graph in {stopwatch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Stops a server the bench started for a size (<see cref="BenchServer"/>), leaving its data folder.</summary>
    public static Task StopAsync(string repository, BenchServer server, CancellationToken cancellationToken = default) =>
        RunAsync(repository, "stop", server, cancellationToken);

    private static async Task StopAndStartAsync(string repository, BenchServer? server, Action? whileStopped, CancellationToken cancellationToken)
    {
        await RunAsync(repository, "stop", server, cancellationToken);
        whileStopped?.Invoke();
        await RunAsync(repository, "start", server, cancellationToken);
    }

    /// <summary>
    /// scripts/neo4j-local.sh <paramref name="command"/>: it takes the ports, the password and NEO4J_DATA_DIR from the environment
    /// scripts/bench.sh exported, or those of <paramref name="server"/>.
    /// </summary>
    private static async Task RunAsync(string repository, string command, BenchServer? server, CancellationToken cancellationToken)
    {
        var script = Path.Combine(repository, "scripts", "neo4j-local.sh");
        var start = new ProcessStartInfo("bash", [script, command]) { UseShellExecute = false };
        if (server is not null)
        {
            start.Environment["NEO4J_HTTP_PORT"] = server.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["NEO4J_BOLT_PORT"] = server.BoltPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["NEO4J_DATA_DIR"] = server.DataDir;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not run {script} {command}");
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} {command} exited with {process.ExitCode}");
        }
    }
}
