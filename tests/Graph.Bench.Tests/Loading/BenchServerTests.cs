using Graph.Bench.Loading;
using Graph.Neo4j;

namespace Graph.Bench.Tests.Loading;

/// <summary>Where each size's graph is kept when the bench owns its Neo4j: one server per size, the largest on the one scripts/bench.sh started.</summary>
public sealed class BenchServerTests
{
    [Fact]
    public void Each_size_gets_its_own_server_the_largest_the_one_bench_sh_started()
    {
        var servers = BenchServer.ForSizes(3, "/repo/.neo4j/bench-data-7484", "7484", "7697");

        Assert.NotNull(servers);
        Assert.Equal(
            [
                new BenchServer(7684, 7897, Path.GetFullPath("/repo/.neo4j/bench-data-7684")),
                new BenchServer(7584, 7797, Path.GetFullPath("/repo/.neo4j/bench-data-7584")),
                new BenchServer(7484, 7697, "/repo/.neo4j/bench-data-7484"),
            ],
            servers);
    }

    [Theory]
    [InlineData(null, "7484", "7697")]
    [InlineData("/repo/.neo4j/bench-data-7484", null, "7697")]
    [InlineData("/repo/.neo4j/bench-data-7484", "7484", "")]
    public void A_server_the_bench_was_given_is_shared_by_the_sizes(string? dataDir, string? httpPort, string? boltPort)
    {
        Assert.Null(BenchServer.ForSizes(2, dataDir, httpPort, boltPort));
    }

    [Fact]
    public void Ports_that_would_collide_are_refused_with_both_named()
    {
        // 7862 + 200 is the HTTP port of the smallest of three sizes, 7962 + 100 the Bolt port of the middle one.
        var error = Assert.Throws<ArgumentException>(() => BenchServer.ForSizes(3, "/repo/.neo4j/bench-data-7862", "7862", "7962"));

        Assert.Contains("the HTTP port 7862 and the Bolt port 7962 are 100 apart", error.Message, StringComparison.Ordinal);
        Assert.NotNull(BenchServer.ForSizes(3, "/repo/.neo4j/bench-data-7862", "7862", "7963"));
    }

    [Fact]
    public void Its_options_keep_the_bench_s_and_reach_its_port()
    {
        var bench = new Neo4jOptions { User = "neo4j", Password = "graph-bench", RequestTimeout = TimeSpan.FromMinutes(3) };

        var options = new BenchServer(7584, 7797, "/data").Reaching(bench);

        Assert.Equal(new Uri("http://127.0.0.1:7584"), options.Uri);
        Assert.Equal("graph-bench", options.Password);
        Assert.Equal(TimeSpan.FromMinutes(3), options.RequestTimeout);
        Assert.Equal(new Uri("http://127.0.0.1:7474"), bench.Uri);
    }
}
