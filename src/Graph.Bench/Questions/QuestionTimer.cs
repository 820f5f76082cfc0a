using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Bench.Reporting;
using Graph.Neo4j.Client;

namespace Graph.Bench.Questions;

/// <summary>
/// Times each example as GraphQL over HTTP against the API and as hand-written Cypher over HTTP
/// against the same Neo4j, interleaved: each round asks every question both ways, alternating which
/// goes first, so that load on a shared machine hits both sides alike.
/// </summary>
public sealed class QuestionTimer(InProcessApi api, Neo4jClient neo4j, HttpClient http)
{
    public async Task<IReadOnlyList<QuestionResult>> RunAsync(IReadOnlyList<ExampleOperation> operations, int rounds, int warmup, CancellationToken cancellationToken = default)
    {
        var timed = operations.Select(o => new Samples(o, HandWrittenCypher.For(o.Name, o.Variables))).ToList();
        foreach (var sample in timed)
        {
            // One checked pass first: errors, answer sizes and the requests per operation.
            await sample.CheckAsync(api, neo4j, http, cancellationToken);
        }

        for (var round = -warmup; round < rounds; round++)
        {
            foreach (var sample in timed)
            {
                var graphQLFirst = (round & 1) == 0;
                var first = graphQLFirst ? await TimeGraphQLAsync(sample.Operation, cancellationToken) : await TimeCypherAsync(sample.Cypher, cancellationToken);
                var second = graphQLFirst ? await TimeCypherAsync(sample.Cypher, cancellationToken) : await TimeGraphQLAsync(sample.Operation, cancellationToken);
                if (round >= 0)
                {
                    sample.GraphQLTimes.Add(graphQLFirst ? first : second);
                    if (sample.Cypher is not null)
                    {
                        sample.CypherTimes.Add(graphQLFirst ? second : first);
                    }
                }
            }
        }

        return [.. timed.Select(s => s.Result())];
    }

    private async Task<double> TimeGraphQLAsync(ExampleOperation operation, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync(api.GraphQL, new { query = operation.Query, operationName = operation.Name, variables = operation.Variables }, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private async Task<double> TimeCypherAsync(IReadOnlyList<Cypher>? statements, CancellationToken cancellationToken)
    {
        if (statements is null)
        {
            return double.NaN;
        }

        var stopwatch = Stopwatch.StartNew();
        await neo4j.RunAsync(statements, cancellationToken);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private sealed class Samples(ExampleOperation operation, IReadOnlyList<Cypher>? cypher)
    {
        private long _requests;
        private int _graphQLItems;
        private int _cypherItems;
        private string? _error;

        public ExampleOperation Operation => operation;

        public IReadOnlyList<Cypher>? Cypher => cypher;

        public List<double> GraphQLTimes { get; } = [];

        public List<double> CypherTimes { get; } = [];

        public async Task CheckAsync(InProcessApi api, Neo4jClient neo4j, HttpClient http, CancellationToken cancellationToken)
        {
            var before = api.Neo4j.RoundTrips;
            using var response = await http.PostAsJsonAsync(api.GraphQL, new { query = operation.Query, operationName = operation.Name, variables = operation.Variables }, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            _requests = api.Neo4j.RoundTrips - before;
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("errors", out var errors))
            {
                _error = "GraphQL errors: " + errors.GetRawText();
            }
            else
            {
                _graphQLItems = document.RootElement.GetProperty("data").EnumerateObject().Sum(root => Items(root.Value));
            }

            if (cypher is not null)
            {
                var results = await neo4j.RunAsync(cypher, cancellationToken);
                _cypherItems = results.Sum(r => r.Rows.Count);
            }
        }

        public QuestionResult Result() => new(
            operation.Name,
            Percentiles.Of(GraphQLTimes, 50), Percentiles.Of(GraphQLTimes, 95),
            Percentiles.Of(CypherTimes, 50), Percentiles.Of(CypherTimes, 95),
            _requests, cypher is null ? 0 : 1, _graphQLItems, _cypherItems,
            _error ?? (cypher is null ? "no hand-written Cypher for this operation" : null));

        /// <summary>A root field's items: the edges of a connection, the entries of a list, else one.</summary>
        private static int Items(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Null => 0,
            JsonValueKind.Array => value.GetArrayLength(),
            // A connection has edges and no nodes; a neighbourhood (nodes and edges) is one item.
            JsonValueKind.Object when !value.TryGetProperty("nodes", out _) && value.TryGetProperty("edges", out var edges) => edges.GetArrayLength(),
            _ => 1,
        };
    }
}
