using System.Net;
using System.Text.Json.Nodes;

namespace Graph.Api.Tests.Support;

public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, string Text, JsonNode? Body)
{
    public JsonNode? Data => Body?["data"];

    public JsonArray Errors => Body?["errors"] as JsonArray ?? [];

    public IReadOnlyList<string> Codes => [.. Errors.Select(e => (string?)e?["extensions"]?["code"] ?? "(none)")];

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            JsonNode? body = null;
            try
            {
                body = JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
            }

            return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, body);
        }
    }

    public override string ToString() => $"{(int)Status} {MediaType}: {Text}";
}
