using System.Diagnostics;
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

/// <summary>One graph size: generate, read, raw load, import (as <c>graph import</c> does), then time the questions.</summary>
public sealed class BenchRun(BenchOptions options, Neo4jOptions neo4j)
{
    public async Task<SizeResult> RunAsync(int claims, CancellationToken cancellationToken = default)
    {
        var directory = Path.Combine(options.Output, claims.ToString(System.Globalization.CultureInfo.InvariantCulture), "seed");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        var stopwatch = Stopwatch.StartNew();
        var generated = SyntheticSeed.Write(directory, claims, options.Seed);
        Log($"{claims} claims: wrote {generated.Articles} articles, {generated.Reports} reports, {generated.Things} things to {directory} in {stopwatch.Elapsed.TotalSeconds:F1} s");

        // The project's seed too, so that the IDE examples' ids (north-korea, antony-blinken ...) answer as they do on seed/ alone.
        stopwatch.Restart();
        var seed = SeedReader.ReadPaths([options.ProjectSeed, directory]);
        var readSeconds = stopwatch.Elapsed.TotalSeconds;
        if (!seed.IsValid)
        {
            throw new InvalidOperationException($"the generated seed does not validate ({seed.Problems.Count} problems):\n" + string.Join('\n', seed.Problems.Take(20)));
        }

        Log($"read and validated {seed.Articles.Count} articles in {readSeconds:F1} s");
        using var client = new Neo4jClient(neo4j);

        await GraphCounts.WipeAsync(client, cancellationToken);
        await new SchemaMigrator(client).MigrateAsync(cancellationToken);
        var before = client.RoundTrips;
        stopwatch.Restart();
        await RawLoad.RunAsync(client, seed, cancellationToken);
        var rawSeconds = stopwatch.Elapsed.TotalSeconds;
        var rawCounts = await GraphCounts.CountAsync(client, cancellationToken);
        var raw = new LoadResult(rawSeconds, rawCounts.Nodes, rawCounts.Relationships, client.RoundTrips - before - 1);
        Log($"raw UNWIND ... MERGE load: {raw.Nodes} nodes, {raw.Relationships} relationships in {raw.Seconds:F1} s ({raw.PerSecond:F0}/s, {raw.Requests} requests)");

        await GraphCounts.WipeAsync(client, cancellationToken);
        await new SchemaMigrator(client).MigrateAsync(cancellationToken);
        before = client.RoundTrips;
        stopwatch.Restart();
        await new SeedImporter(client).ImportAsync(seed, cancellationToken: cancellationToken);
        var importSeconds = stopwatch.Elapsed.TotalSeconds;
        var importCounts = await GraphCounts.CountAsync(client, cancellationToken);
        var import = new LoadResult(importSeconds, importCounts.Nodes, importCounts.Relationships, client.RoundTrips - before - 1);
        Log($"SeedImporter (graph import): {import.Nodes} nodes, {import.Relationships} relationships in {import.Seconds:F1} s ({import.PerSecond:F0}/s, {import.Requests} requests)");
        if (rawCounts != importCounts)
        {
            Log($"WARNING: the raw load and the import wrote different graphs ({rawCounts} against {importCounts})");
        }

        await using var api = await InProcessApi.StartAsync(neo4j);
        using var http = new HttpClient();
        var operations = ExampleOperation.ReadQueries(options.Examples);
        Log($"timing {operations.Count} IDE examples, {options.Rounds} rounds after {options.Warmup} warm-up rounds, GraphQL and Cypher interleaved");
        var questions = await new QuestionTimer(api, client, http).RunAsync(operations, options.Rounds, options.Warmup, cancellationToken);
        return new SizeResult(claims, generated.Reports, generated.Articles, readSeconds, raw, import, options.Rounds, questions);
    }

    private static void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
}
