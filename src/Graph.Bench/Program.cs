using System.Text.Json;
using Graph.Bench.Generation;
using Graph.Bench.Loading;
using Graph.Bench.Reporting;
using Graph.Neo4j;
using Microsoft.Extensions.Configuration;
using static System.FormattableString;

namespace Graph.Bench;

internal static class Program
{
    // NaN where a side was not timed (no valid baseline).
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static async Task<int> Main(string[] args)
    {
        if (args.Any(a => a is "-h" or "--help"))
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        try
        {
            switch (args.FirstOrDefault())
            {
                case "generate":
                    return Generate(args[1..]);
                case "report":
                    return await ReportAsync(args[1..]);
                case "statements":
                    // The hand-written statements as JSON lines, for the Cypher 5 gate: node scripts/cypher-lint/lint.mjs --recorded FILE.
                    foreach (var example in await Questions.ExampleOperation.ReadIdeExamplesAsync(BenchOptions.Parse(args[1..]).Repository))
                    {
                        foreach (var statement in Questions.HandWrittenQuestions.For(example.Name, example.Variables)?.Statements ?? [])
                        {
                            Console.WriteLine(JsonSerializer.Serialize(new { name = statement.Name, statement = statement.Text, parameters = statement.Parameters.Keys }));
                        }
                    }

                    return 0;
                case "check":
                    var checkedQuestions = await new BenchRun(BenchOptions.Parse(args[1..]), ReadNeo4jOptions()).CheckAsync();
                    return checkedQuestions.All(q => q.AnswersEqual) ? 0 : 3;
                case "time":
                    return await TimeAsync(BenchOptions.Parse(args[1..]));
            }

            var options = BenchOptions.Parse(args);
            var neo4j = ReadNeo4jOptions();
            Directory.CreateDirectory(options.Output);
            var results = await RunSizesAsync(options, neo4j);

            Console.WriteLine(BenchReport.Markdown(results));
            Console.WriteLine(BenchReport.Targets(results));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Plot))!);
            await File.WriteAllTextAsync(options.Plot, BenchReport.Svg(results));
            Console.Error.WriteLine($"written: {Path.Combine(options.Output, "results.md")}, results.json, p95.svg; the plot {options.Plot}");
            var differ = results.SelectMany(r => r.Questions.Where(q => !q.AnswersEqual).Select(q => $"{q.Name} at {r.Claims:N0}")).ToList();
            if (differ.Count > 0)
            {
                Console.Error.WriteLine($"graph-bench: FAILED: no valid hand-written baseline for {string.Join(", ", differ)} (see the FAIL lines above)");
                return 3;
            }

            return 0;
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine($"graph-bench: {error.Message}\n\n{BenchOptions.Usage}");
            return 2;
        }
    }

    /// <summary>
    /// Every size: when scripts/bench.sh started the bench's Neo4j, each size on its own server (<see cref="BenchServer.ForSizes"/>), all
    /// loaded first and then timed in the same rounds; on a server the bench was given, one size after another, each timed in its own rounds.
    /// The results are written after each size, so that a long run that is stopped keeps what it measured.
    /// </summary>
    private static async Task<List<SizeResult>> RunSizesAsync(BenchOptions options, Neo4jOptions neo4j)
    {
        var results = new List<SizeResult>();
        var servers = options.Sizes.Count > 1 ? BenchServer.ForSizes(options.Sizes.Count) : null;
        if (servers is null)
        {
            foreach (var size in options.Sizes)
            {
                results.Add(await new BenchRun(options, neo4j).RunAsync(size));
                await WriteAsync(options.Output, results);
            }

            return results;
        }

        try
        {
            for (var i = 0; i < options.Sizes.Count; i++)
            {
                BenchLog.Write(Invariant($"{options.Sizes[i]:N0} claims on the Neo4j at port {servers[i].HttpPort} (data in {servers[i].DataDir})"));
                results.Add(await new BenchRun(options, servers[i].Reaching(neo4j), servers[i]).LoadAsync(options.Sizes[i]));
                await WriteAsync(options.Output, results);
            }

            var run = new BenchRun(options, neo4j);
            var started = UtcNow();
            BenchLog.Write(Invariant($"checking and timing the IDE examples on the {options.Sizes.Count} graphs in the same rounds: {options.Rounds} rounds after {options.Warmup} warm-up rounds"));
            var timed = await run.CheckTogetherAsync(
                [.. options.Sizes.Select((size, i) => ((string?)Invariant($"{size:N0} claims"), servers[i].Reaching(neo4j), run.DifferencesOf(size)))],
                options.Rounds, options.Warmup);
            results = [.. results.Select((size, i) => size with { Rounds = options.Rounds, Questions = timed[i], TimedTogether = started })];
            await WriteAsync(options.Output, results);
            return results;
        }
        finally
        {
            // The largest size's server is the one scripts/bench.sh started (and stops, after its index gate); the others are the bench's.
            foreach (var server in servers.Where(s => s != servers[^1]))
            {
                await BenchDatabase.StopAsync(options.Repository, server);
            }
        }
    }

    /// <summary>When a timing of several sizes started (<see cref="SizeResult.TimedTogether"/>).</summary>
    private static string UtcNow() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    private static Neo4jOptions ReadNeo4jOptions() => Neo4jServiceCollectionExtensions.ReadOptions(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    /// <summary><c>generate --claims N [--seed S] --out DIR</c>: only the synthetic seed.</summary>
    private static int Generate(string[] args)
    {
        var options = BenchOptions.Parse([.. args.Select(a => a == "--claims" ? "--sizes" : a)]);
        var summary = SyntheticSeed.Write(options.Output, options.Sizes[0], options.Seed);
        Console.WriteLine($"{summary.Claims} claims, {summary.Reports} reports, {summary.Articles} articles, {summary.Things} things written to {options.Output}");
        return 0;
    }

    /// <summary><c>report --out DIR [--plot FILE] results.json ...</c>: one table, the targets and the plot from the results of several runs (e.g. one run per size).</summary>
    private static async Task<int> ReportAsync(string[] args)
    {
        if (args.Length < 3 || args[0] != "--out")
        {
            throw new ArgumentException("report needs --out DIR and at least one results.json");
        }

        var plot = args.Length > 4 && args[2] == "--plot" ? args[3] : Path.Combine("docs", "benchmarks-p95.svg");
        var results = new List<SizeResult>();
        foreach (var file in args[(args[2] == "--plot" ? 4 : 2)..])
        {
            results.AddRange(JsonSerializer.Deserialize<List<SizeResult>>(await File.ReadAllTextAsync(file), Indented) ?? []);
        }

        results = [.. results.OrderBy(r => r.Claims)];
        await WriteAsync(args[1], results);
        await File.WriteAllTextAsync(plot, BenchReport.Svg(results));
        Console.WriteLine(BenchReport.Markdown(results));
        Console.WriteLine(BenchReport.Targets(results));
        return 0;
    }

    /// <summary>
    /// <c>time</c>: checks and times the questions on the graph as it is. With <c>--loaded results.json --out DIR</c>, the graph
    /// was loaded by that earlier run (one size) and nothing wrote to it since; DIR/results.json keeps that run's size and
    /// load figures with the questions timed now, so that <c>report</c> can put it beside other runs. With several
    /// <c>--loaded</c> results and <c>--at</c> the Neo4j holding each, the graphs are timed in the same rounds and the targets
    /// are printed from them all (the flatness target from a 10^3 and a 10^5 graph timed side by side).
    /// </summary>
    private static async Task<int> TimeAsync(BenchOptions options)
    {
        var neo4j = ReadNeo4jOptions();
        var loaded = new List<SizeResult>();
        foreach (var file in options.Loaded ?? [])
        {
            var sizes = JsonSerializer.Deserialize<List<SizeResult>>(await File.ReadAllTextAsync(file), Indented) ?? [];
            loaded.Add(sizes.Count == 1 ? sizes[0] : throw new ArgumentException($"--loaded {file} holds {sizes.Count} sizes; it must be the results.json of a run of one size"));
        }

        var run = new BenchRun(options, neo4j);
        IReadOnlyList<(string? Label, Neo4jOptions Neo4j, string Differences)> graphs = options.At is null
            ? [(null, neo4j, run.Differences)]
            : [.. options.At.Select((uri, i) => ((string?)Invariant($"{loaded[i].Claims:N0} claims"), neo4j.At(uri), run.DifferencesOf(loaded[i].Claims)))];
        var started = UtcNow();
        var timed = await run.CheckTogetherAsync(graphs, options.Rounds, options.Warmup);
        for (var i = 0; i < timed.Count; i++)
        {
            Console.WriteLine(graphs[i].Label is { } label ? $"#### {label}\n\n{BenchReport.QuestionTable(timed[i])}" : BenchReport.QuestionTable(timed[i]));
        }

        if (loaded.Count > 0)
        {
            var results = loaded.Select((size, i) => size with { Rounds = options.Rounds, Questions = timed[i], TimedTogether = loaded.Count > 1 ? started : null })
                .OrderBy(r => r.Claims).ToList();
            await WriteAsync(options.Output, results);
            if (results.Count > 1)
            {
                Console.WriteLine(BenchReport.Targets(results));
            }

            Console.Error.WriteLine($"written: {Path.Combine(options.Output, "results.json")} ({string.Join(", ", loaded.Select((l, i) => Invariant($"{l.Claims:N0} claims as loaded by {options.Loaded![i]}")))}, questions timed now)");
        }

        return timed.All(graph => graph.All(q => q.AnswersEqual)) ? 0 : 3;
    }

    private static async Task WriteAsync(string output, IReadOnlyList<SizeResult> results)
    {
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "results.json"), JsonSerializer.Serialize(results, Indented));
        await File.WriteAllTextAsync(Path.Combine(output, "results.md"), BenchReport.Markdown(results) + "\n" + BenchReport.Targets(results));
        await File.WriteAllTextAsync(Path.Combine(output, "p95.svg"), BenchReport.Svg(results));
    }
}
