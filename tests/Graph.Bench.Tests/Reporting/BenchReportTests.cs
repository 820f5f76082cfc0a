using Graph.Bench.Reporting;

namespace Graph.Bench.Tests.Reporting;

/// <summary>The flatness target says whether the p95s it compares were taken in the same rounds or in separate runs.</summary>
public sealed class BenchReportTests
{
    [Fact]
    public void Sizes_timed_in_the_same_rounds_are_said_to_be()
    {
        var targets = BenchReport.Targets([Size(1_000, 10.0, "2026-12-01T19:30:25Z"), Size(100_000, 12.0, "2026-12-01T19:30:25Z")]);

        Assert.Contains("PASS GraphQL p95 at 100,000 claims within 1.5x of p95 at 1,000", targets, StringComparison.Ordinal);
        Assert.Contains("PASS Browse: 1.20x (10.0 -> 12.0 ms)", targets, StringComparison.Ordinal);
        Assert.Contains("(both sizes timed in the same rounds)", targets, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("2026-12-01T19:11:45Z", "2026-12-01T19:30:25Z")]
    public void Sizes_timed_in_separate_runs_carry_a_warning(string? small, string? large)
    {
        var targets = BenchReport.Targets([Size(1_000, 10.0, small), Size(100_000, 16.0, large)]);

        Assert.Contains("FAIL Browse: 1.60x (10.0 -> 16.0 ms)", targets, StringComparison.Ordinal);
        Assert.Contains("the two sizes timed in separate runs", targets, StringComparison.Ordinal);
        Assert.DoesNotContain("both sizes timed in the same rounds", targets, StringComparison.Ordinal);
    }

    private static SizeResult Size(int claims, double p95, string? timedTogether) => new(
        claims, claims * 5 / 2, claims / 8, 1.0, new LoadResult(10, 1000, 2000, 3), null, [], 20,
        [new QuestionResult("Browse", p95 / 2, p95, p95 / 2, p95, 1, true, 48, null)], timedTogether);
}
