using Graph.Bench.Questions;
using Graph.Import;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;
using Graph.Testing;

namespace Graph.Bench.Tests.Questions;

/// <summary>
/// The baseline is worth something only while it answers what the API answers: on the seed (in the
/// tests' shared Neo4j, imported as the API tests do), every IDE example's hand-written answer must be
/// the GraphQL answer, and no example may lack one.
/// </summary>
public sealed class HandWrittenQuestionsTests
{
    [Fact]
    public async Task Every_IDE_example_has_a_hand_written_answer_equal_to_the_GraphQL_answer_on_the_seed()
    {
        var options = await Neo4jServer.GetAsync();
        using var client = new Neo4jClient(options);
        var seed = SeedReader.ReadPaths([Path.Combine(Neo4jServer.RepositoryRoot(), "seed")]);
        Assert.True(seed.IsValid, string.Join('\n', seed.Problems));
        await new SeedImporter(client).ImportAsync(seed);
        var operations = await ExampleOperation.ReadIdeExamplesAsync(Neo4jServer.RepositoryRoot());

        // The check also asks every hand-written question through the relay, and fails the question when that answer differs.
        var results = await QuestionTimer.TimeAsync(options, client, operations, rounds: 0, warmup: 0, Path.Combine(Path.GetTempPath(), "graph-bench-differences"));

        Assert.True(operations.Count >= 11, $"only {operations.Count} examples that read");
        Assert.Equal(operations.Select(o => o.Name).Order(StringComparer.Ordinal), HandWrittenQuestions.Operations.Order(StringComparer.Ordinal));
        Assert.All(results, q => Assert.True(q.AnswersEqual, $"{q.Name}: {q.Problem}"));
        // Not two empty answers: each example answers with something (the smallest, Search, has 16 values on the seed).
        Assert.All(results, q => Assert.True(q.AnswerSize > 10, $"{q.Name}: {q.AnswerSize} values"));
        Assert.All(results, q => Assert.True(q.Neo4jRequests > 0, $"{q.Name}: {q.Neo4jRequests} Neo4j requests"));
    }

    [Fact]
    public async Task Graphs_timed_together_are_each_checked_and_timed_in_the_same_rounds()
    {
        var options = await Neo4jServer.GetAsync();
        using var client = new Neo4jClient(options);
        await new SeedImporter(client).ImportAsync(SeedReader.ReadPaths([Path.Combine(Neo4jServer.RepositoryRoot(), "seed")]));
        var search = (await ExampleOperation.ReadIdeExamplesAsync(Neo4jServer.RepositoryRoot())).Where(o => o.Name == "Search").ToList();
        var differences = Path.Combine(Path.GetTempPath(), "graph-bench-differences");

        // The same server twice: what is checked here is that each graph gets its own API, relay and samples.
        var results = await QuestionTimer.TimeTogetherAsync(
            [new TimedGraph(options, client, differences, "first"), new TimedGraph(options, client, differences, "second")], search, rounds: 4, warmup: 0);

        Assert.Equal(2, results.Count);
        Assert.All(results, graph =>
        {
            var question = Assert.Single(graph);
            Assert.True(question.AnswersEqual, question.Problem);
            Assert.Equal(1, question.Neo4jRequests);
            Assert.All(new[] { question.GraphQLP50, question.CypherP50, question.RelayP50 }, p50 => Assert.True(p50 > 0 && double.IsFinite(p50), $"p50 {p50}"));
        });
    }
}
