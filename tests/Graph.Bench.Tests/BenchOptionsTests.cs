namespace Graph.Bench.Tests;

public sealed class BenchOptionsTests
{
    [Fact]
    public void Time_on_a_graph_an_earlier_run_loaded_names_that_run()
    {
        var options = BenchOptions.Parse(["--loaded", "artifacts/bench-1e5/results.json", "--out", "artifacts/time-1e5", "--questions", "Treaty,Browse", "--rounds", "5"]);

        Assert.Equal(["artifacts/bench-1e5/results.json"], options.Loaded!);
        Assert.Null(options.At);
        Assert.Equal("artifacts/time-1e5", options.Output);
        Assert.Equal(["Browse", "Treaty"], options.Questions!.Order(StringComparer.Ordinal));
        Assert.Equal(5, options.Rounds);
    }

    [Fact]
    public void Without_loaded_the_run_loads_its_own_graph()
    {
        Assert.Null(BenchOptions.Parse(["--sizes", "1000"]).Loaded);
    }

    [Fact]
    public void Graphs_timed_together_name_the_Neo4j_of_each_in_order()
    {
        var options = BenchOptions.Parse(["--loaded", "a/results.json,b/results.json", "--at", "http://127.0.0.1:7700,http://127.0.0.1:7862"]);

        Assert.Equal(["a/results.json", "b/results.json"], options.Loaded!);
        Assert.Equal([new Uri("http://127.0.0.1:7700"), new Uri("http://127.0.0.1:7862")], options.At!);
    }

    [Theory]
    [InlineData("--loaded", "a/results.json,b/results.json", "--at", "http://127.0.0.1:7700", "--at names 1 Neo4j servers for 2 --loaded results")]
    [InlineData("--loaded", "a/results.json,b/results.json", "--rounds", "5", "several --loaded results need --at")]
    public void Graphs_timed_together_need_one_Neo4j_each(string option1, string value1, string option2, string value2, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => BenchOptions.Parse([option1, value1, option2, value2]));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sizes_run_smallest_first_so_the_run_ends_on_the_largest_graph()
    {
        Assert.Equal([1000, 10000, 100000], BenchOptions.Parse(["--sizes", "100000,1000,10000,1000"]).Sizes);
    }

    [Fact]
    public void An_unknown_option_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--load", "results.json"]));

        Assert.Contains("--load", error.Message, StringComparison.Ordinal);
    }
}
