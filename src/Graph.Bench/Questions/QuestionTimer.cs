using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Bench.Reporting;
using Graph.Neo4j;
using Graph.Neo4j.Client;
using Graph.Neo4j.Errors;

namespace Graph.Bench.Questions;

/// <summary>
/// Asks each IDE example as GraphQL over HTTP and as its hand-written Cypher against the same Neo4j.
/// First once each, to check that both give the same answer (a baseline answering something else is
/// worthless: such a question is timed through GraphQL only, and listed as a failure), then
/// interleaved: each round asks every question each way, rotating which goes first, so that load
/// on a shared machine hits every side alike. One timer per graph (<see cref="TimedGraph"/>); several
/// graphs timed together (<see cref="TimeTogetherAsync"/>) share their rounds.
/// </summary>
public sealed class QuestionTimer : IAsyncDisposable
{
    /// <summary>The sides of a round: GraphQL through the API, the hand-written Cypher sent to Neo4j, and sent through the relay.</summary>
    private const int Sides = 3;

    /// <summary>
    /// How many times each question must be asked on each graph, in warm-up rounds in a row that compile no method: more than
    /// the 30 calls after which .NET compiles a method again, at its next tier. A question runs its own code about once a round
    /// on each graph, so a shorter quiet stretch only says that no method crossed a threshold yet (with 5 rounds on one graph,
    /// the JIT compiled 3,000-4,500 methods in 200 timed rounds of two questions).
    /// </summary>
    public const int QuietCalls = 35;

    /// <summary>The quiet warm-up rounds in a row that ask each question <see cref="QuietCalls"/> times on each of <paramref name="graphs"/> graphs.</summary>
    public static int QuietRounds(int graphs) => (QuietCalls + graphs - 1) / graphs;

    /// <summary>The most warm-up rounds <see cref="SettleAsync"/> adds.</summary>
    public const int MaxSettleRounds = 400;

    private readonly TimedGraph _graph;
    private readonly InProcessApi _api;
    private readonly HttpRelay _relay;
    private readonly Neo4jClient _relayed;
    private readonly HttpClient _http = new();
    private readonly List<Samples> _timed = [];

    /// <param name="relay">
    /// the hand-written statements are also timed through it (<see cref="HttpRelay"/>), the third side of each round and the
    /// floor of the ratio for an API reached over HTTP.
    /// </param>
    private QuestionTimer(TimedGraph graph, InProcessApi api, HttpRelay relay)
    {
        _graph = graph;
        _api = api;
        _relay = relay;
        _relayed = new Neo4jClient(relay.Reaching(graph.Neo4j));
    }

    /// <summary>
    /// Starts the API and an <see cref="HttpRelay"/> in this process against <paramref name="neo4j"/>, checks and times
    /// <paramref name="operations"/>, the hand-written Cypher sent by <paramref name="baseline"/>, then stops both.
    /// </summary>
    /// <param name="differences">where both answers of a question whose answers differ are written, to look at.</param>
    public static async Task<IReadOnlyList<QuestionResult>> TimeAsync(Neo4jOptions neo4j, Neo4jClient baseline, IReadOnlyList<ExampleOperation> operations,
        int rounds, int warmup, string differences, CancellationToken cancellationToken = default) =>
        (await TimeTogetherAsync([new TimedGraph(neo4j, baseline, differences)], operations, rounds, warmup, cancellationToken))[0];

    /// <summary>
    /// <see cref="TimeAsync"/> on several graphs in the same rounds (e.g. 10^3 and 10^5 claims, each in its own Neo4j): in each
    /// round, each question is asked on every graph in turn, the graph that goes first rotating from round to round. A machine
    /// whose speed drifts over the minutes then slows every graph alike, where graphs timed in runs minutes apart are compared
    /// across that drift (docs/benchmarks.md, Session 12). The answers, one list per graph, in <paramref name="graphs"/>' order.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<QuestionResult>>> TimeTogetherAsync(IReadOnlyList<TimedGraph> graphs,
        IReadOnlyList<ExampleOperation> operations, int rounds, int warmup, CancellationToken cancellationToken = default)
    {
        var timers = new List<QuestionTimer>();
        try
        {
            foreach (var graph in graphs)
            {
                timers.Add(await StartAsync(graph));
            }

            return await RunAsync(timers, operations, rounds, warmup, cancellationToken);
        }
        finally
        {
            foreach (var timer in timers)
            {
                await timer.DisposeAsync();
            }
        }
    }

    private static async Task<QuestionTimer> StartAsync(TimedGraph graph)
    {
        var api = await InProcessApi.StartAsync(graph.Neo4j);
        try
        {
            return new QuestionTimer(graph, api, await HttpRelay.StartAsync(graph.Neo4j));
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    private static async Task<IReadOnlyList<IReadOnlyList<QuestionResult>>> RunAsync(IReadOnlyList<QuestionTimer> timers, IReadOnlyList<ExampleOperation> operations,
        int rounds, int warmup, CancellationToken cancellationToken)
    {
        foreach (var timer in timers)
        {
            foreach (var operation in operations)
            {
                timer._timed.Add(await timer.CheckAsync(operation, cancellationToken));
            }
        }

        for (var round = 0; round < warmup; round++)
        {
            await RoundAsync(timers, round, timing: false, cancellationToken);
        }

        if (rounds > 0)
        {
            await SettleAsync(timers, warmup, cancellationToken);
        }

        var compiledBefore = JitInfo.GetCompiledMethodCount();
        for (var round = 0; round < rounds; round++)
        {
            await RoundAsync(timers, round, timing: true, cancellationToken);
        }

        if (rounds > 0)
        {
            Console.Error.WriteLine($"  JIT: {JitInfo.GetCompiledMethodCount() - compiledBefore} methods compiled during the {rounds} timed rounds");
        }

        return [.. timers.Select(t => (IReadOnlyList<QuestionResult>)[.. t._timed.Select(s => s.Result())])];
    }

    /// <summary>
    /// More warm-up rounds, until <see cref="QuietRounds"/> rounds in a row compile no method (<see cref="JitInfo"/>; the API runs in this process), at most
    /// <see cref="MaxSettleRounds"/>. The API runs thousands of methods; .NET compiles each first unoptimized and again, optimized,
    /// only once it was called 30 times (and, by default, no other method was compiled for 100 ms: Graph.Bench.csproj turns that
    /// delay off), in the background. On this 2-core machine
    /// a fresh API took about 800 requests before its JSON parsing ran optimized (1.3-1.5 ms for a 38 KB answer of Neo4j, then
    /// 0.15-0.3 ms): timed after 3 warm-up rounds, the questions measured the JIT's progress, not the API's steady state.
    /// The hand-written side, which runs little code, was warm long before.
    /// </summary>
    private static async Task SettleAsync(IReadOnlyList<QuestionTimer> timers, int warmup, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var quietRounds = QuietRounds(timers.Count);
        var quiet = 0;
        for (var round = warmup; round < warmup + MaxSettleRounds; round++)
        {
            var before = JitInfo.GetCompiledMethodCount();
            await RoundAsync(timers, round, timing: false, cancellationToken);
            quiet = JitInfo.GetCompiledMethodCount() == before ? quiet + 1 : 0;
            if (quiet == quietRounds)
            {
                Console.Error.WriteLine($"  JIT settled: warm-up rounds {round + 2 - quietRounds} to {round + 1} compiled no method ({started.Elapsed.TotalSeconds:F0} s after the first {warmup})");
                return;
            }
        }

        Console.Error.WriteLine($"  WARNING: the JIT was still compiling after {warmup + MaxSettleRounds} warm-up rounds; timing anyway");
    }

    /// <summary>
    /// Asks every question each way on every graph: question by question, the graphs in turn, the graph and the side that go
    /// first rotating from round to round; <paramref name="timing"/>: keeps the times.
    /// </summary>
    private static async Task RoundAsync(IReadOnlyList<QuestionTimer> timers, int round, bool timing, CancellationToken cancellationToken)
    {
        for (var question = 0; question < timers[0]._timed.Count; question++)
        {
            for (var turn = 0; turn < timers.Count; turn++)
            {
                var timer = timers[(round + turn) % timers.Count];
                await timer.AskAsync(timer._timed[question], round, timing, cancellationToken);
            }
        }
    }

    /// <summary>One question each way, the side that goes first rotating with <paramref name="round"/>.</summary>
    private async Task AskAsync(Samples sample, int round, bool timing, CancellationToken cancellationToken)
    {
        var baseline = sample.Equal ? sample.HandWritten : null;
        for (var turn = 0; turn < Sides; turn++)
        {
            var side = (round + turn) % Sides;
            var elapsed = side switch
            {
                0 => await TimeGraphQLAsync(sample, cancellationToken),
                1 => await TimeHandWrittenAsync(_graph.Baseline, baseline, cancellationToken),
                _ => await TimeHandWrittenAsync(_relayed, baseline, cancellationToken),
            };

            // Without a baseline answering the same, only GraphQL is timed.
            if (timing && (side == 0 || baseline is not null))
            {
                (side switch { 0 => sample.GraphQLTimes, 1 => sample.CypherTimes, _ => sample.RelayTimes }).Add(elapsed);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        _relayed.Dispose();
        await _relay.DisposeAsync();
        await _api.DisposeAsync();
    }

    /// <summary>Both answers once: equal or not (with the first difference), their size and the Neo4j requests of the GraphQL operation.</summary>
    private async Task<Samples> CheckAsync(ExampleOperation operation, CancellationToken cancellationToken)
    {
        var handWritten = HandWrittenQuestions.For(operation.Name, operation.Variables);
        var request = JsonSerializer.SerializeToUtf8Bytes(new { query = operation.Query, operationName = operation.Name, variables = operation.Variables });
        _api.AccessLog.Forget(operation.Name);
        var (data, error) = await AskGraphQLAsync(request, cancellationToken);
        var requests = _api.AccessLog.Neo4jRequests(operation.Name);
        var sample = new Samples(operation, handWritten, request) { Neo4jRequests = requests, AnswerSize = AnswerComparison.Size(data) };
        if (error is not null)
        {
            sample.Problem = error;
        }
        else if (handWritten is null)
        {
            sample.Problem = "no hand-written Cypher for this operation";
        }
        else
        {
            try
            {
                var answer = handWritten.Answer(await _graph.Baseline.RunAsync(handWritten.Statements, cancellationToken));
                sample.Problem = AnswerComparison.Difference(data, answer) is { } difference ? "ANSWERS DIFFER at " + difference : null;
                if (sample.Problem is null
                    && AnswerComparison.Difference(answer, handWritten.Answer(await _relayed.RunAsync(handWritten.Statements, cancellationToken))) is { } relayDifference)
                {
                    sample.Problem = "the relay's answer differs from Neo4j's at " + relayDifference;
                }

                if (sample.Problem is not null)
                {
                    Directory.CreateDirectory(_graph.Differences);
                    var indented = new System.Text.Json.JsonSerializerOptions { WriteIndented = true };
                    await File.WriteAllTextAsync(Path.Combine(_graph.Differences, operation.Name + ".graphql.json"), data?.ToJsonString(indented), cancellationToken);
                    await File.WriteAllTextAsync(Path.Combine(_graph.Differences, operation.Name + ".handwritten.json"), answer.ToJsonString(indented), cancellationToken);
                    sample.Problem += $" (both answers in {_graph.Differences})";
                }
            }
            catch (Neo4jException failure)
            {
                sample.Problem = "the hand-written Cypher failed: " + failure.Message;
            }
        }

        var where = _graph.Label is null ? "" : $" ({_graph.Label})";
        Console.Error.WriteLine(sample.Problem is null
            ? $"  {operation.Name}{where}: the hand-written answer equals the GraphQL answer ({sample.AnswerSize} values, {requests} Neo4j requests through the API)"
            : $"  {operation.Name}{where}: FAIL {sample.Problem}");
        return sample;
    }

    private async Task<(JsonNode? Data, string? Error)> AskGraphQLAsync(byte[] request, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(request, cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (body?["errors"] is { } errors)
        {
            return (body["data"], "GraphQL errors: " + errors.ToJsonString());
        }

        return (body?["data"], null);
    }

    /// <summary>
    /// The request, its body written once (<see cref="Samples.Request"/>) as the hand-written side's statements and
    /// parameters are built once (<see cref="HandWritten"/>): a client sends the same query text each time.
    /// </summary>
    private async Task<double> TimeGraphQLAsync(Samples sample, CancellationToken cancellationToken)
    {
        var operation = sample.Operation;
        var stopwatch = Stopwatch.StartNew();
        using var response = await PostAsync(sample.Request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;

        // Checked after the clock stops: a refusal (429 from a rate limit) or an error answers fast, and timing it would flatter the API.
        using var answer = JsonDocument.Parse(body);
        if (!response.IsSuccessStatusCode || answer.RootElement.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException(
                $"{operation.Name}: a timed GraphQL request answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 300)))}");
        }

        return elapsed;
    }

    /// <summary>A GraphQL request body, as JSON, to the API.</summary>
    private async Task<HttpResponseMessage> PostAsync(byte[] request, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(request);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return await _http.PostAsync(_api.GraphQL, content, cancellationToken);
    }

    /// <summary>The request (sent by <paramref name="client"/>) and the shaping of its rows into the answer, as a client of Neo4j would do both.</summary>
    private static async Task<double> TimeHandWrittenAsync(Neo4jClient client, HandWritten? handWritten, CancellationToken cancellationToken)
    {
        if (handWritten is null)
        {
            return double.NaN;
        }

        var stopwatch = Stopwatch.StartNew();
        handWritten.Answer(await client.RunAsync(handWritten.Statements, cancellationToken));
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    /// <param name="request">the operation's GraphQL request body, as JSON: the one checked, then timed.</param>
    private sealed class Samples(ExampleOperation operation, HandWritten? handWritten, byte[] request)
    {
        public ExampleOperation Operation => operation;

        public HandWritten? HandWritten => handWritten;

        public byte[] Request => request;

        public int? Neo4jRequests { get; init; }

        public int AnswerSize { get; init; }

        public string? Problem { get; set; }

        public bool Equal => Problem is null;

        public List<double> GraphQLTimes { get; } = [];

        public List<double> CypherTimes { get; } = [];

        public List<double> RelayTimes { get; } = [];

        public QuestionResult Result() => new(
            operation.Name,
            Percentiles.Of(GraphQLTimes, 50), Percentiles.Of(GraphQLTimes, 95),
            Percentiles.Of(CypherTimes, 50), Percentiles.Of(CypherTimes, 95),
            Neo4jRequests, Equal, AnswerSize, Problem,
            Percentiles.Of(RelayTimes, 50), Percentiles.Of(RelayTimes, 95));
    }
}
