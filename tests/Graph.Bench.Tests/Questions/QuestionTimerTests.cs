using Graph.Bench.Questions;

namespace Graph.Bench.Tests.Questions;

/// <summary>How long the warm-up waits for the JIT: each question asked more often than .NET's 30 calls between tiers.</summary>
public sealed class QuestionTimerTests
{
    [Theory]
    [InlineData(1, 35)]
    [InlineData(2, 18)]
    [InlineData(3, 12)]
    public void The_quiet_stretch_asks_each_question_on_each_graph_at_least_35_times(int graphs, int rounds)
    {
        Assert.Equal(rounds, QuestionTimer.QuietRounds(graphs));
        Assert.True(QuestionTimer.QuietRounds(graphs) * graphs >= QuestionTimer.QuietCalls);
        Assert.True((QuestionTimer.QuietRounds(graphs) - 1) * graphs < QuestionTimer.QuietCalls);
    }
}
