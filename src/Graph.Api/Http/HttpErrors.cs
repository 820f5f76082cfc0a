using System.Text.Json;

namespace Graph.Api.Http;

/// <summary>Errors refused at the HTTP level, before GraphQL runs, written in the same shape as GraphQL errors.</summary>
internal static class HttpErrors
{
    public static async Task WriteAsync(HttpContext http, int status, string code, string message, string contentType = MediaTypes.Json)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType + "; charset=utf-8";
        var body = new Dictionary<string, object?>
        {
            ["errors"] = new[]
            {
                new Dictionary<string, object?>
                {
                    ["message"] = message,
                    ["extensions"] = new Dictionary<string, object?> { ["code"] = code, ["correlationId"] = http.TraceIdentifier },
                },
            },
        };
        await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }
}
