using System.Globalization;

namespace Graph.Bench;

public sealed record BenchOptions(IReadOnlyList<int> Sizes, string Output, string Examples, string ProjectSeed, int Rounds, int Warmup, int Seed)
{
    public const string Usage = """
        graph-bench: times the import and the IDE's example questions on synthetic graphs (issue 12).

          graph-bench [--sizes 1000,10000] [--rounds 20] [--warmup 3] [--seed 12] [--out artifacts/bench]
                      [--examples artifacts/bench/examples.json] [--project-seed seed]
          graph-bench generate --claims N [--seed 12] --out DIR     (only write a synthetic seed)
          graph-bench report --out DIR results.json ...             (one table and plot from several runs)

        Neo4j from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD. Its database is EMPTIED for each size.
        Run it through scripts/bench.sh, which starts a local Neo4j and writes the examples JSON.
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
            Get("sizes", "1000").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList(),
            output,
            Get("examples", Path.Combine(output, "examples.json")),
            Get("project-seed", "seed"),
            Int("rounds", 20),
            Int("warmup", 3),
            Int("seed", 12));
        return values.Count > 0 ? throw new ArgumentException($"unknown option --{values.Keys.First()}") : options;
    }
}
