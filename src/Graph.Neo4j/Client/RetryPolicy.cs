using Graph.Neo4j.Errors;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Client;

/// <summary>
/// Exponential backoff with jitter, as the official drivers do it: transient errors and dropped
/// connections (and, for work safe to repeat, a statement that met a concurrently deleted node:
/// <see cref="ConcurrentlyDeleted"/>) are retried for up to <see cref="Neo4jOptions.MaxRetryTime"/> in all; a server that
/// cannot be connected to at all is given up on after <see cref="Neo4jOptions.ConnectTimeout"/>.
/// </summary>
internal sealed class RetryPolicy(Neo4jOptions options, ILogger logger, TimeProvider time)
{
    private const double Multiplier = 2.0;
    private const double JitterFactor = 0.2;

    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <param name="safeToRepeat">whether the work may run again after a connection dropped mid-request,
    /// when Neo4j may already have applied it.</param>
    public async Task<T> ExecuteAsync<T>(string name, Func<CancellationToken, Task<T>> work, bool safeToRepeat, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var delay = InitialDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (Budget(error, safeToRepeat) is { } budget)
            {
                var jittered = delay * (1 + (JitterFactor * ((Random.Shared.NextDouble() * 2) - 1)));
                var elapsed = time.GetElapsedTime(started);
                if (elapsed + jittered > budget)
                {
                    throw;
                }

                logger.LogWarning("Neo4j {Statement}: attempt {Attempt} failed ({Reason}); retrying in {Delay} ms",
                    name, attempt, error.Message, (int)jittered.TotalMilliseconds);
                await Task.Delay(jittered, time, cancellationToken).ConfigureAwait(false);
                delay *= Multiplier;
            }
        }
    }

    /// <summary>
    /// A statement met a node or relationship that another transaction deleted while it ran: Neo4j reads committed
    /// data as it goes and then fails the statement with this code (a read during a retraction). Nothing applied, and
    /// work that is safe to repeat, run again, sees the graph without it.
    /// </summary>
    public const string ConcurrentlyDeleted = "Neo.ClientError.Statement.EntityNotFound";

    private TimeSpan? Budget(Exception error, bool safeToRepeat) => error switch
    {
        Neo4jTransientException => options.MaxRetryTime,
        Neo4jClientException { Code: ConcurrentlyDeleted } when safeToRepeat => options.MaxRetryTime,
        Neo4jUnavailableException { RequestSent: false } => options.ConnectTimeout,
        Neo4jUnavailableException { RequestSent: true } when safeToRepeat => options.MaxRetryTime,
        _ => null,
    };
}
