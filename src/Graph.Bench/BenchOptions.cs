using System.Globalization;

namespace Graph.Bench;

public sealed record BenchOptions(IReadOnlyList<int> Sizes, string Output, string Repository, string ProjectSeed, int Rounds, int Warmup, int Seed, int ImportUpTo, string Plot, int LargeRounds, IReadOnlySet<string>? Questions = null, IReadOnlyList<string>? Loaded = null, IReadOnlyList<Uri>? At = null)
{
    public const string Usage = """
        graph-bench: times the import and the IDE's example questions on synthetic graphs (issue 12).

          graph-bench [--sizes 1000,10000,100000] [--rounds 20] [--warmup 3] [--seed 12] [--out artifacts/bench]
                      [--import-up-to 10000] [--large-rounds 20] [--plot docs/benchmarks-p95.svg]
                      [--repository .] [--project-seed seed] [--questions Treaty,Search]
          graph-bench check                                           (only check the hand-written answers on the graph as it is)
          graph-bench time [--rounds 20] [--warmup 3] [--questions ...] (check and time the questions on the graph as it is: no wipe, no load)
                   [--loaded results.json --out DIR]          (... loaded by that earlier run: writes DIR/results.json with its
                                                               size and load figures and the questions timed now, for `report`)
                   [--loaded a.json,b.json --at URI,URI --out DIR]  (several graphs, each in its own running Neo4j, timed in
                                                               the same rounds; prints and writes the targets of them all)
          graph-bench statements                                      (the hand-written Cypher as JSON lines, for scripts/cypher-lint)
          graph-bench generate --claims N [--seed 12] --out DIR     (only write a synthetic seed)
          graph-bench report --out DIR [--plot FILE] results.json ... (one table, the targets and the plot from several runs)

        The IDE examples are read from --repository's src/Graph.Api/ClientApp/src/examples.js (with node).
        The sizes run smallest first. For each size: a synthetic seed (with the project's seed/, so the IDE examples' ids are in it), a raw
        UNWIND ... MERGE load, the import (sizes up to --import-up-to only; above, the questions run on the
        raw-loaded graph, timed in --large-rounds rounds), then every IDE example that reads: its GraphQL answer checked against the
        hand-written Cypher's (a question whose answers differ is listed as FAIL and timed through GraphQL
        only; the exit code is then 3), then timed three ways, interleaved: GraphQL through the API, the hand-written
        Cypher sent to Neo4j, and the same Cypher through a bare HTTP relay (in this process, like the API: it forwards
        each request to Neo4j and reads the answer), whose ratio is the floor for any API reached over HTTP.
        Prints the tables, the targets of issue 12 as PASS/FAIL lines, and writes the p95 plot to --plot (an SVG).
        Before the timed rounds: --warmup rounds, then more (at most 400) until a stretch of rounds that compile no method
        asks each question 35 times on each graph (35 rounds on one graph, 12 on three graphs timed together): the API
        runs in the bench's process, and .NET optimizes its methods only after they ran a while (docs/benchmarks.md, Sessions
        10 and 14; the bench's runtimeconfig turns off .NET's 100 ms call-counting delay, so that it gets there sooner).
        --rounds 0 --warmup 0 only checks the answers. --questions keeps only the named IDE examples (all by default).
        `check` and `time` first migrate the graph's schema as `graph migrate` does (an index added since the graph was
        loaded is created) and wait until every index is online.
        `time --loaded a.json,b.json --at URI,URI`: the graph each results.json loaded is in the Neo4j at the URI in the same
        place (NEO4J_USER and NEO4J_PASSWORD for all); in each round every question is asked on each graph in turn, so that
        a machine whose speed drifts over the minutes slows every size alike (the flatness target compares p95s across sizes).

        Neo4j from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD. Its database is EMPTIED for each size: with Cypher, or,
        when BENCH_NEO4J_DATA_DIR names the server's data folder (scripts/bench.sh sets it for the server it starts),
        by stopping the server with scripts/neo4j-local.sh, deleting that folder and starting it again; such a
        server is also restarted after the load, before the questions are timed (Neo4j 3.1 reads a graph loaded since
        it started many times more slowly: docs/benchmarks.md, Session 9).
        With BENCH_NEO4J_DATA_DIR and several sizes, each size gets its own server (neo4j-local.sh on NEO4J_HTTP_PORT and
        NEO4J_BOLT_PORT for the largest, 100 ports further per step down for each smaller one, data beside the first): all
        sizes are loaded, then timed in the same rounds (--rounds for all; --large-rounds applies to sizes timed one
        after another, on a server given by NEO4J_URI alone), and the servers started for the smaller sizes are stopped.
        The raw load's requests may take up to 15 minutes each; the API keeps Neo4j's configured request timeout.
        Run it through scripts/bench.sh, which starts a local Neo4j.
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }

            values[args[i][2..]] = args[i + 1];
        }

        if (args.Count % 2 != 0)
        {
            throw new ArgumentException($"'{args[^1]}' needs a value");
        }

        string Get(string name, string fallback) => values.Remove(name, out var value) ? value : fallback;
        int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var output = Get("out", Path.Combine("artifacts", "bench"));
        var options = new BenchOptions(
            // Smallest first: the last size is the largest, the graph the run ends with (and on the server scripts/bench.sh started).
            [.. Get("sizes", "1000,10000,100000").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Distinct().Order()],
            output,
            Get("repository", "."),
            Get("project-seed", "seed"),
            Int("rounds", 20),
            Int("warmup", 3),
            Int("seed", 12),
            Int("import-up-to", 10000),
            Get("plot", Path.Combine("docs", "benchmarks-p95.svg")),
            0);
        var questions = Get("questions", "");
        options = options with
        {
            LargeRounds = Int("large-rounds", options.Rounds),
            Questions = questions.Length == 0 ? null : questions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
            Loaded = values.Remove("loaded", out var loaded) ? List(loaded) : null,
            At = values.Remove("at", out var at) ? [.. List(at).Select(u => new Uri(u))] : null,
        };
        if (options.At is not null && options.At.Count != (options.Loaded?.Count ?? 0))
        {
            throw new ArgumentException($"--at names {options.At.Count} Neo4j servers for {options.Loaded?.Count ?? 0} --loaded results; give one for each");
        }

        if (options.At is null && options.Loaded is { Count: > 1 })
        {
            throw new ArgumentException("several --loaded results need --at: the Neo4j server that holds each graph");
        }

        return values.Count > 0 ? throw new ArgumentException($"unknown option --{values.Keys.First()}") : options;
    }

    private static List<string> List(string values) => [.. values.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
