using System.Net;
using System.Text.Json;
using Graph.Neo4j.Errors;

namespace Graph.Neo4j.Client;

/// <summary>What one HTTP round trip to the transactional endpoint brought back.</summary>
internal sealed record Neo4jResponse(IReadOnlyList<CypherResult> Results, Uri? Location, Uri? Commit, IReadOnlyDictionary<string, string> Discovery)
{
    public static Neo4jResponse Parse(HttpStatusCode status, Uri? location, byte[] body, Uri requestUri)
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
            document = JsonDocument.Parse(body);
        }
        catch (JsonException error)
        {
            throw new Neo4jException($"Neo4j answered {(int)status} with a body that is not JSON", error);
        }

        // Not disposed: the rows read their values from this document (parsed once; cloning each row parsed it
        // again). Disposing would only return its pooled index to the pool; the garbage collector takes it instead.
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
            ? list.EnumerateArray().Select(CypherResult.FromJson).ToList()
            : [];
        var commit = root.TryGetProperty("commit", out var c) && c.ValueKind == JsonValueKind.String ? new Uri(c.GetString()!) : null;
        var discovery = root.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        return new Neo4jResponse(results, location, commit, discovery);
    }
}
