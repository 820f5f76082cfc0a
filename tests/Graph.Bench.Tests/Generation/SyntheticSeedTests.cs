using System.Text.Json;
using Graph.Bench.Generation;
using Graph.Bench.Questions;
using Graph.Knowledge.Seed;
using Graph.Testing;

namespace Graph.Bench.Tests.Generation;

public sealed class SyntheticSeedTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graph-bench-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void A_generated_seed_validates_together_with_the_project_seed()
    {
        var summary = SyntheticSeed.Write(Path.Combine(_directory, "a"), claims: 1000, seed: 12);

        var seed = SeedReader.ReadPaths([Path.Combine(Neo4jServer.RepositoryRoot(), "seed"), Path.Combine(_directory, "a")]);

        Assert.True(seed.IsValid, string.Join('\n', seed.Problems.Take(10)));
        var synthetic = seed.Articles.Where(a => a.Id.StartsWith("bench-", StringComparison.Ordinal)).ToList();
        Assert.Equal(summary.Articles, synthetic.Count);
        var reports = synthetic.SelectMany(a => a.Claims).ToList();
        Assert.Equal(1000, reports.Select(r => r.Claim.Name).Distinct().Count());
        Assert.Equal(1000, reports.Select(r => r.Claim.NodeId).Distinct().Count()); // claims meet by content: every sketch says something new
        Assert.Equal(summary.Reports, reports.Count);
        Assert.InRange(reports.Count / 1000.0, 2.3, 2.7);
        Assert.All(synthetic, a => Assert.InRange(a.Claims.Count, 1, 30));
        // Only the last articles, dealt what is left, may have fewer than 10 claims.
        Assert.True(synthetic.Count(a => a.Claims.Count < 10) <= 2, "articles with fewer than 10 claims: " + synthetic.Count(a => a.Claims.Count < 10));
    }

    [Fact]
    public void Popularity_is_skewed_a_few_things_are_about_much_of_it()
    {
        SyntheticSeed.Write(_directory, claims: 2000, seed: 5);
        var seed = SeedReader.ReadPaths([Path.Combine(Neo4jServer.RepositoryRoot(), "seed"), _directory]);
        Assert.True(seed.IsValid, string.Join('\n', seed.Problems.Take(10)));

        var counts = seed.Articles.SelectMany(a => a.Claims).Select(c => c.Claim).DistinctBy(c => c.NodeId)
            .SelectMany(c => c.About).GroupBy(id => id).Select(g => g.Count()).OrderDescending().ToList();
        Assert.True(counts[0] > 10 * counts[counts.Count / 2], $"most popular {counts[0]}, median {counts[counts.Count / 2]}");
    }

    [Fact]
    public void The_same_seed_number_writes_the_same_files()
    {
        SyntheticSeed.Write(Path.Combine(_directory, "a"), claims: 300, seed: 7);
        SyntheticSeed.Write(Path.Combine(_directory, "b"), claims: 300, seed: 7);

        var a = Directory.GetFiles(Path.Combine(_directory, "a"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var b = Directory.GetFiles(Path.Combine(_directory, "b"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(a.Select(Path.GetFileName), b.Select(Path.GetFileName));
        Assert.All(a.Zip(b), pair => Assert.Equal(File.ReadAllText(pair.First), File.ReadAllText(pair.Second)));
    }

    [Fact]
    public async Task The_IDE_examples_ids_are_in_the_generated_graph_and_its_hubs_are_the_examples_countries()
    {
        SyntheticSeed.Write(_directory, claims: 2000, seed: 12);
        var seed = SeedReader.ReadPaths([Path.Combine(Neo4jServer.RepositoryRoot(), "seed"), _directory]);
        var things = seed.Entities.Concat(seed.Articles.SelectMany(a => a.Declares)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var examples = await ExampleOperation.ReadIdeExamplesAsync(Neo4jServer.RepositoryRoot());

        // Every id an example asks about (not its search text or dates) is a thing of the graph the bench loads.
        var ids = examples.SelectMany(e => e.Variables.EnumerateObject())
            .Where(v => v.Value.ValueKind == JsonValueKind.String && v.Name is not ("text" or "from" or "to" or "asOf"))
            .Select(v => v.Value.GetString()!).Distinct().ToList();
        Assert.True(ids.Count >= 8, string.Join(", ", ids));
        Assert.All(ids, id => Assert.Contains(id, things));

        // The synthetic claims pile onto the examples' countries: russia, ukraine and north-korea are among the ten most popular subjects.
        var popular = seed.Articles.Where(a => a.Id.StartsWith("bench-", StringComparison.Ordinal)).SelectMany(a => a.Claims).Select(c => c.Claim).DistinctBy(c => c.NodeId)
            .SelectMany(c => c.About).GroupBy(id => id).OrderByDescending(g => g.Count()).Take(10).Select(g => g.Key).ToList();
        Assert.Contains("russia", popular);
        Assert.Contains("ukraine", popular);
        Assert.Contains("north-korea", popular);
    }
}
