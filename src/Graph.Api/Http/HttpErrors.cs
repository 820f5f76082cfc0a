using System.Text.Json;

namespace Graph.Api.Http;

/// <summary>Errors refused at the HTTP level, before GraphQL runs, written in the same shape as GraphQL errors.</summary>
internal static class HttpErrors
{
    public static async Task WriteAsync(HttpContext http, int status, string code, string message, string contentType = MediaTypes.Json, (int Line, int Column)? location = null)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType + "; charset=utf-8";
        var error = new Dictionary<string, object?> { ["message"] = message };
        if (location is { } at)
        {
            error["locations"] = new[] { new Dictionary<string, int> { ["line"] = at.Line, ["column"] = at.Column } };
        }

        error["extensions"] = new Dictionary<string, object?> { ["code"] = code, ["correlationId"] = http.TraceIdentifier };
        var body = new Dictionary<string, object?> { ["errors"] = new[] { error } };
        await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }
}
