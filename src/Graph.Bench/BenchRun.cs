using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Graph.Bench.Generation;
using Graph.Bench.Loading;
using Graph.Bench.Questions;
using Graph.Bench.Reporting;
using Graph.Import;
using Graph.Knowledge.Seed;
using Graph.Neo4j;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;

namespace Graph.Bench;

/// <summary>
/// One graph size: generate, read and validate, raw load, import (as <c>graph import</c> does; not above
/// <c>--import-up-to</c>, where the questions run on the raw-loaded graph), then the questions, on the server
/// restarted when the bench owns it (<see cref="BenchDatabase.RestartAsync"/>).
/// </summary>
/// <param name="server">the server the bench started for this size (null: the one scripts/bench.sh started, or the one it was given).</param>
public sealed class BenchRun(BenchOptions options, Neo4jOptions neo4j, BenchServer? server = null)
{
    private IReadOnlyList<ExampleOperation>? _operations;

    /// <summary>One size, loaded (<see cref="LoadAsync"/>) and then timed on its own.</summary>
    public async Task<SizeResult> RunAsync(int claims, CancellationToken cancellationToken = default)
    {
        var loaded = await LoadAsync(claims, cancellationToken);
        var rounds = claims > options.ImportUpTo ? options.LargeRounds : options.Rounds;
        var operations = await ReadOperationsAsync(cancellationToken);
        using var baseline = new Neo4jClient(neo4j);
        BenchLog.Write($"checking and timing {operations.Count} IDE examples: {rounds} rounds after {options.Warmup} warm-up rounds, GraphQL, hand-written Cypher and that Cypher through the relay interleaved");
        var questions = await QuestionTimer.TimeAsync(neo4j, baseline, operations, rounds, options.Warmup, DifferencesOf(claims), cancellationToken);
        return loaded with { Rounds = rounds, Questions = questions };
    }

    /// <summary>Where both answers of a question whose answers differ are written, for a run of the graph as it is (<c>check</c>, <c>time</c>).</summary>
    public string Differences => Path.Combine(options.Output, "differences");

    /// <summary>Where both answers of a question whose answers differ at a size are written.</summary>
    public string DifferencesOf(int claims) => Path.Combine(options.Output, claims.ToString(System.Globalization.CultureInfo.InvariantCulture), "differences");

    /// <summary>
    /// One size up to the questions: generate, read and validate, raw load, import (up to <c>--import-up-to</c>), restart;
    /// the result has no questions yet.
    /// </summary>
    public async Task<SizeResult> LoadAsync(int claims, CancellationToken cancellationToken = default)
    {
        var directory = Path.Combine(options.Output, claims.ToString(System.Globalization.CultureInfo.InvariantCulture), "seed");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        var stopwatch = Stopwatch.StartNew();
        var generated = SyntheticSeed.Write(directory, claims, options.Seed);
        BenchLog.Write($"{claims} claims: wrote {generated.Articles} articles, {generated.Reports} reports, {generated.Things} things to {directory} in {stopwatch.Elapsed.TotalSeconds:F1} s");

        // The project's seed too, so that the IDE examples' ids (north-korea, antony-blinken ...) are in the graph and answer as on seed/ alone.
        stopwatch.Restart();
        var seed = SeedReader.ReadPaths([options.ProjectSeed, directory]);
        var readSeconds = stopwatch.Elapsed.TotalSeconds;
        if (!seed.IsValid)
        {
            throw new InvalidOperationException($"the generated seed does not validate ({seed.Problems.Count} problems):\n" + string.Join('\n', seed.Problems.Take(20)));
        }

        BenchLog.Write($"read and validated {seed.Articles.Count} articles in {readSeconds:F1} s");
        var operations = await ReadOperationsAsync(cancellationToken);

        await BenchDatabase.EmptyAsync(neo4j, options.Repository, server, cancellationToken);
        var loader = BenchDatabase.LoaderOptions(neo4j);
        var (raw, rawCounts) = await RawLoadAsync(loader, seed, cancellationToken);

        LoadResult? import = null;
        var rawAnswersDiffer = new List<string>();
        if (claims <= options.ImportUpTo)
        {
            var rawAnswers = await AnswersAsync(operations, cancellationToken);
            await BenchDatabase.EmptyAsync(neo4j, options.Repository, server, cancellationToken);
            // The importer as `graph import` runs it: the API's options, timeout included.
            using var client = new Neo4jClient(neo4j);
            await new SchemaMigrator(client).MigrateAsync(cancellationToken);
            var before = client.RoundTrips;
            stopwatch.Restart();
            await new SeedImporter(client).ImportAsync(seed, cancellationToken: cancellationToken);
            var importSeconds = stopwatch.Elapsed.TotalSeconds;
            var importCounts = await GraphCounts.CountAsync(client, cancellationToken);
            import = new LoadResult(importSeconds, importCounts.Nodes, importCounts.Relationships, client.RoundTrips - before - 1);
            BenchLog.Write($"SeedImporter (graph import): {import.Nodes} nodes, {import.Relationships} relationships in {import.Seconds:F1} s ({import.NodesPerSecond:F0} nodes/s, {import.RelationshipsPerSecond:F0} relationships/s, {import.Requests} requests)");
            if (rawCounts != importCounts)
            {
                BenchLog.Write($"WARNING: the raw load and the import wrote different graphs ({rawCounts} against {importCounts})");
            }

            var importAnswers = await AnswersAsync(operations, cancellationToken);
            rawAnswersDiffer.AddRange(importAnswers.Select(a => (a.Key, Difference: AnswerComparison.Difference(a.Value, rawAnswers[a.Key])))
                .Where(a => a.Difference is not null).Select(a => $"{a.Key} ({a.Difference})"));
            BenchLog.Write(rawAnswersDiffer.Count == 0
                ? "the raw-loaded graph answered every example as the imported graph does"
                : $"WARNING: on the raw-loaded graph these examples answered otherwise than on the imported graph: {string.Join(", ", rawAnswersDiffer)}");
        }
        else
        {
            BenchLog.Write($"the import is not run above {options.ImportUpTo:N0} claims (--import-up-to): the questions run on the raw-loaded graph");
        }

        await BenchDatabase.RestartAsync(options.Repository, server, cancellationToken);
        using (var restarted = new Neo4jClient(neo4j))
        {
            await IndexesOnlineAsync(restarted, cancellationToken);
        }

        return new SizeResult(claims, generated.Reports, generated.Articles, readSeconds, raw, import, rawAnswersDiffer, 0, []);
    }

    /// <summary>The raw UNWIND ... MERGE load on the emptied database, its figures and what it wrote.</summary>
    private static async Task<(LoadResult Raw, (long Nodes, long Relationships) Counts)> RawLoadAsync(Neo4jOptions loader, SeedSet seed, CancellationToken cancellationToken)
    {
        using var client = new Neo4jClient(loader);
        await new SchemaMigrator(client).MigrateAsync(cancellationToken);
        var before = client.RoundTrips;
        var stopwatch = Stopwatch.StartNew();
        await RawLoad.RunAsync(client, seed, cancellationToken);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var counts = await GraphCounts.CountAsync(client, cancellationToken);
        var raw = new LoadResult(seconds, counts.Nodes, counts.Relationships, client.RoundTrips - before - 1);
        BenchLog.Write($"raw UNWIND ... MERGE load: {raw.Nodes} nodes, {raw.Relationships} relationships in {raw.Seconds:F1} s ({raw.NodesPerSecond:F0} nodes/s, {raw.RelationshipsPerSecond:F0} relationships/s, {raw.Requests} requests)");
        return (raw, counts);
    }

    /// <summary>
    /// Checks every example's hand-written answer against the GraphQL answer on the graph as it is (nothing is
    /// emptied or loaded), and times both <paramref name="rounds"/> times (0: only the check). The graph's schema
    /// is migrated first, as `graph migrate` does (a graph loaded by an earlier version may lack an index the reads
    /// now start from), and the timing waits until every index is online.
    /// </summary>
    public async Task<IReadOnlyList<QuestionResult>> CheckAsync(int rounds = 0, int warmup = 0, CancellationToken cancellationToken = default) =>
        (await CheckTogetherAsync([(null, neo4j, Differences)], rounds, warmup, cancellationToken))[0];

    /// <summary>
    /// <see cref="CheckAsync"/> on several graphs, each in its own Neo4j, timed in the same rounds
    /// (<see cref="QuestionTimer.TimeTogetherAsync"/>); the results in <paramref name="graphs"/>' order.
    /// </summary>
    /// <param name="graphs">each graph's label (named in the check's lines), server, and where both answers of a question whose answers differ are written.</param>
    public async Task<IReadOnlyList<IReadOnlyList<QuestionResult>>> CheckTogetherAsync(IReadOnlyList<(string? Label, Neo4jOptions Neo4j, string Differences)> graphs,
        int rounds = 0, int warmup = 0, CancellationToken cancellationToken = default)
    {
        var clients = new List<Neo4jClient>();
        try
        {
            var timed = new List<TimedGraph>();
            foreach (var (label, graph, differences) in graphs)
            {
                var client = new Neo4jClient(graph);
                clients.Add(client);
                await new SchemaMigrator(client).MigrateAsync(cancellationToken);
                await IndexesOnlineAsync(client, cancellationToken);
                timed.Add(new TimedGraph(graph, client, differences, label));
            }

            var operations = await ReadOperationsAsync(cancellationToken);
            return await QuestionTimer.TimeTogetherAsync(timed, operations, rounds, warmup, cancellationToken);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    /// <summary>Waits (up to 10 minutes) until Neo4j has populated every index: a plan made before uses none of a populating one.</summary>
    private static async Task IndexesOnlineAsync(Neo4jClient client, CancellationToken cancellationToken)
    {
        var pending = new Cypher("IndexesPending", "CALL db.indexes() YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS pending") { Idempotent = true };
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(10); await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken))
        {
            if ((await client.RunAsync(pending, cancellationToken)).Rows[0].GetInt64("pending") == 0)
            {
                return;
            }
        }

        throw new TimeoutException("Neo4j's indexes were not online after 10 minutes.");
    }

    /// <summary>The IDE examples, only those named by <c>--questions</c> when it is given; read (with node) once per run.</summary>
    private async Task<IReadOnlyList<ExampleOperation>> ReadOperationsAsync(CancellationToken cancellationToken)
    {
        if (_operations is not null)
        {
            return _operations;
        }

        var operations = await ExampleOperation.ReadIdeExamplesAsync(options.Repository, cancellationToken);
        var unknown = options.Questions?.Except(operations.Select(o => o.Name)).ToList() ?? [];
        return _operations = unknown.Count > 0
            ? throw new ArgumentException($"--questions names no IDE example {string.Join(", ", unknown)}; the examples are {string.Join(", ", operations.Select(o => o.Name))}")
            : options.Questions is null ? operations : [.. operations.Where(o => options.Questions.Contains(o.Name))];
    }

    /// <summary>The GraphQL answer of every example on the graph as it is now.</summary>
    private async Task<Dictionary<string, JsonNode?>> AnswersAsync(IReadOnlyList<ExampleOperation> operations, CancellationToken cancellationToken)
    {
        await using var api = await InProcessApi.StartAsync(neo4j);
        using var http = new HttpClient();
        var answers = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            using var response = await http.PostAsJsonAsync(api.GraphQL, new { query = operation.Query, operationName = operation.Name, variables = operation.Variables }, cancellationToken);
            answers[operation.Name] = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        }

        return answers;
    }

}
