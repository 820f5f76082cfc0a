using System.Net;
using System.Text.Json;
using Graph.Neo4j.Errors;

namespace Graph.Neo4j.Client;

/// <summary>What one HTTP round trip to the transactional endpoint brought back.</summary>
internal sealed record Neo4jResponse(IReadOnlyList<CypherResult> Results, Uri? Location, Uri? Commit, IReadOnlyDictionary<string, string> Discovery)
{
    /// <summary>
    /// Reads the answer; its results keep <paramref name="body"/> (their rows read their values in place) until one of
    /// them is released (<see cref="CypherResult.ReleaseBuffers"/>). An answer that throws, or that has no results, releases it here.
    /// </summary>
    public static Neo4jResponse Parse(HttpStatusCode status, Uri? location, ResponseBuffer body, Uri requestUri)
    {
        try
        {
            var response = Read(status, location, body, requestUri);
            if (response.Results.Count == 0)
            {
                body.Release();
            }

            return response;
        }
        catch
        {
            body.Release();
            throw;
        }
    }

    private static Neo4jResponse Read(HttpStatusCode status, Uri? location, ResponseBuffer body, Uri requestUri)
    {
        if (status == HttpStatusCode.Unauthorized)
        {
            throw new Neo4jAuthenticationException("Neo.ClientError.Security.Unauthorized", "the user name or password was refused (check NEO4J_USER and NEO4J_PASSWORD)");
        }

        if (status == HttpStatusCode.NotFound)
        {
            throw new Neo4jClientException("Neo.ClientError.Request.NotFound", $"{requestUri.AbsolutePath} does not exist (an expired transaction, or the wrong database name)");
        }

        if (body.Length == 0)
        {
            return new Neo4jResponse([], location, null, new Dictionary<string, string>());
        }

        JsonDocument document;
        try
        {
            document = body.Parse();
        }
        catch (JsonException error)
        {
            throw new Neo4jException($"Neo4j answered {(int)status} with a body that is not JSON", error);
        }

        // Not disposed here: the rows read their values from this document (parsed once; cloning each row parsed it
        // again). A reader that is done with the rows releases it (CypherResult.ReleaseBuffers), else the garbage collector takes it.
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new Neo4jException("Neo.DatabaseError.General.UnknownError", $"Neo4j answered {(int)status} with an unexpected body");
        }

        // Errors come back with HTTP 200 and a non-empty "errors" array.
        if (root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            throw Neo4jException.From(first.GetProperty("code").GetString() ?? "", first.GetProperty("message").GetString() ?? "");
        }

        if ((int)status >= 400)
        {
            throw new Neo4jException("Neo.DatabaseError.General.UnknownError", $"Neo4j answered HTTP {(int)status}");
        }

        var results = root.TryGetProperty("results", out var list)
            ? list.EnumerateArray().Select(result => CypherResult.FromJson(result, body)).ToList()
            : [];
        var commit = root.TryGetProperty("commit", out var c) && c.ValueKind == JsonValueKind.String ? new Uri(c.GetString()!) : null;
        var discovery = root.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        return new Neo4jResponse(results, location, commit, discovery);
    }
}
