namespace Graph.Bench.Tests;

public sealed class BenchOptionsTests
{
    [Fact]
    public void Time_on_a_graph_an_earlier_run_loaded_names_that_run()
    {
        var options = BenchOptions.Parse(["--loaded", "artifacts/bench-1e5/results.json", "--out", "artifacts/time-1e5", "--questions", "Treaty,Browse", "--rounds", "5"]);

        Assert.Equal("artifacts/bench-1e5/results.json", options.Loaded);
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
    public void An_unknown_option_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--load", "results.json"]));

        Assert.Contains("--load", error.Message, StringComparison.Ordinal);
    }
}
