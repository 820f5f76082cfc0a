using Graph.Neo4j.Client;

namespace Graph.Api.Http;

/// <summary><c>GET /health</c>: 200 when Neo4j answers <c>RETURN 1</c>, 503 when it does not.</summary>
internal static class HealthEndpoint
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    public static async Task<IResult> HandleAsync(HttpContext http, Neo4jReader neo4j, ILoggerFactory loggers)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(Budget);
        try
        {
            await neo4j.RunAsync(new Cypher("HealthCheck", "RETURN 1 AS ok") { Idempotent = true }, timeout.Token);
            return Results.Json(new { status = "healthy", neo4j = "up" }, statusCode: StatusCodes.Status200OK);
        }
        catch (Exception error) when (!http.RequestAborted.IsCancellationRequested)
        {
            loggers.CreateLogger("Graph.Api.Health").LogWarning(error, "Health {CorrelationId}: Neo4j does not answer", http.TraceIdentifier);
            return Results.Json(
                new { status = "unhealthy", neo4j = "down", code = Errors.ErrorCodes.ServiceUnavailable, correlationId = http.TraceIdentifier },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
