using System.Globalization;
using System.Threading.RateLimiting;
using Graph.Api.Errors;
using Graph.Api.Limits;
using Microsoft.AspNetCore.RateLimiting;

namespace Graph.Api.Http;

/// <summary>
/// Rate and concurrency limits on <c>/graphql</c> (ASP.NET Core's rate limiter): per client, keyed by
/// the remote address, a fixed window of <see cref="ApiOptions.RateLimitPermits"/> requests and at most
/// <see cref="ApiOptions.MaxConcurrentRequestsPerClient"/> at once; for everyone together at most
/// <see cref="ApiOptions.MaxConcurrentRequests"/> at once. Over a limit: 429 with <c>Retry-After</c>, no queue.
/// Behind a reverse proxy the remote address is the proxy's: configure forwarded headers there first.
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddGraphRateLimits(this IServiceCollection services, ApiOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => !IsGraphQL(http) || options.RateLimitPermits <= 0
                    ? RateLimitPartition.GetNoLimiter("-")
                    : RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.RateLimitPermits,
                        Window = options.RateLimitWindow,
                        QueueLimit = 0,
                    })),
                PartitionedRateLimiter.Create<HttpContext, string>(http => !IsGraphQL(http)
                    ? RateLimitPartition.GetNoLimiter("-")
                    : RateLimitPartition.GetConcurrencyLimiter(ClientOf(http), _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = options.MaxConcurrentRequestsPerClient,
                        QueueLimit = 0,
                    })),
                PartitionedRateLimiter.Create<HttpContext, string>(http => !IsGraphQL(http)
                    ? RateLimitPartition.GetNoLimiter("-")
                    : RateLimitPartition.GetConcurrencyLimiter("all", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = options.MaxConcurrentRequests,
                        QueueLimit = 0,
                    })));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                // A concurrency limit frees up as soon as a request ends; a window when it turns over.
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(AccessLog.Category)
                    .LogInformation("{Method} /graphql rate limited, retry after {RetryAfter} s {CorrelationId}", http.Request.Method, retryAfter, http.TraceIdentifier);
                await HttpErrors.WriteAsync(http, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
                    $"Too many requests from this client; retry after {retryAfter} s.");
            };
        });

    private static bool IsGraphQL(HttpContext http) => http.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase)
        && !(HttpMethods.IsGet(http.Request.Method) && !http.Request.Query.ContainsKey("query"));

    private static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
