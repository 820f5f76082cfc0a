using System.Text.Json;
using Graph.Bench.Generation;
using Graph.Bench.Reporting;
using Graph.Neo4j;
using Microsoft.Extensions.Configuration;

namespace Graph.Bench;

internal static class Program
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static async Task<int> Main(string[] args)
    {
        if (args.Any(a => a is "-h" or "--help"))
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        try
        {
            if (args.FirstOrDefault() == "generate")
            {
                return Generate(args[1..]);
            }

            var options = BenchOptions.Parse(args);
            var neo4j = Neo4jServiceCollectionExtensions.ReadOptions(new ConfigurationBuilder().AddEnvironmentVariables().Build());
            Directory.CreateDirectory(options.Output);
            var results = new List<SizeResult>();
            foreach (var size in options.Sizes)
            {
                results.Add(await new BenchRun(options, neo4j).RunAsync(size));
                // Written after each size, so that a long run that is stopped keeps what it measured.
                await File.WriteAllTextAsync(Path.Combine(options.Output, "results.json"), JsonSerializer.Serialize(results, Indented));
                await File.WriteAllTextAsync(Path.Combine(options.Output, "results.md"), BenchReport.Markdown(results));
                await File.WriteAllTextAsync(Path.Combine(options.Output, "p95.svg"), BenchReport.Svg(results));
            }

            Console.WriteLine(BenchReport.Markdown(results));
            Console.Error.WriteLine($"written: {Path.Combine(options.Output, "results.md")}, results.json, p95.svg");
            return 0;
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine($"graph-bench: {error.Message}\n\n{BenchOptions.Usage}");
            return 2;
        }
    }

    private static int Generate(string[] args)
    {
        var options = BenchOptions.Parse(args.Where((_, i) => true).ToList() is var all && all.IndexOf("--claims") is var at and >= 0
            ? [.. all.Take(at), "--sizes", .. all.Skip(at + 1)]
            : all);
        var summary = SyntheticSeed.Write(options.Output, options.Sizes[0], options.Seed);
        Console.WriteLine($"{summary.Claims} claims, {summary.Reports} reports, {summary.Articles} articles, {summary.Things} things written to {options.Output}");
        return 0;
    }
}
