using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Graph.Bench.Questions;

/// <summary>
/// Reads the API's access log line ("... {Neo4jRequests} neo4j ...", written from its per-request
/// <c>Neo4jRequestCount</c>): the Neo4j requests the last operation of each name cost.
/// </summary>
public sealed class AccessLogCapture : ILoggerProvider
{
    /// <summary>The API's access log category (Graph.Api.Http.AccessLog.Category).</summary>
    public const string Category = "Graph.Api.Access";

    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);

    /// <summary>The Neo4j requests of the last logged operation named <paramref name="operation"/>, or null.</summary>
    public int? Neo4jRequests(string operation) => _requests.TryGetValue(operation, out var count) ? count : null;

    public void Forget(string operation) => _requests.TryRemove(operation, out _);

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? new Capture(_requests) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Capture(ConcurrentDictionary<string, int> requests) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is not IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                return;
            }

            var operation = values.FirstOrDefault(v => v.Key == "Operation").Value as string;
            if (operation is not null && values.FirstOrDefault(v => v.Key == "Neo4jRequests").Value is int count)
            {
                requests[operation] = count;
            }
        }
    }
}
