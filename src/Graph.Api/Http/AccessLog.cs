using Graph.Api.Errors;

namespace Graph.Api.Http;

/// <summary>
/// One compact line per GraphQL request (operation name, status, error codes, duration, Neo4j
/// requests, correlation id; never variables or the query), and one line per error: client mistakes
/// at Information without a stack, server faults at Error. No line carries more than
/// <see cref="MaxText"/> characters of text the client sent.
/// </summary>
internal static class AccessLog
{
    public const string Category = "Graph.Api.Access";
    public const string ErrorCategory = "Graph.Api.GraphQL";
    public const int MaxText = 1024;
    private const int MaxOperationName = 100;

    public static void Write(HttpContext http, AccessRecord access, TimeSpan elapsed, int neo4jRequests)
    {
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        logger.LogInformation("{Method} /graphql {Operation} {Status} {Codes} {ElapsedMs} ms {Neo4jRequests} neo4j {CorrelationId}",
            http.Request.Method, Clip(access.Operation ?? "-", MaxOperationName), http.Response.StatusCode,
            access.Codes.Count == 0 ? "-" : string.Join(',', access.Codes.Distinct()), (long)elapsed.TotalMilliseconds, neo4jRequests, http.TraceIdentifier);
    }

    public static void Error(ILogger logger, string correlationId, string code, string message, string? path)
    {
        var level = code switch
        {
            ErrorCodes.Internal or ErrorCodes.ServiceUnavailable => LogLevel.Error,
            ErrorCodes.Timeout => LogLevel.Warning,
            _ => LogLevel.Information,
        };
#pragma warning disable CA2254 // The template is constant; only the level varies.
        logger.Log(level, "GraphQL {CorrelationId}: {Code} {Message} at {Path}", correlationId, code, Clip(message, MaxText), path ?? "-");
#pragma warning restore CA2254
    }

    /// <summary>At most <paramref name="max"/> characters, on one line.</summary>
    public static string Clip(string text, int max)
    {
        var clipped = text.Length > max ? text[..max] + "…" : text;
        return clipped.ReplaceLineEndings(" ");
    }
}
