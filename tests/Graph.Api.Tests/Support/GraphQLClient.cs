using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Api.Tests.Support;

/// <summary>Posts GraphQL over real HTTP (in-process server) and hands back status, media type and parsed body.</summary>
public sealed class GraphQLClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json", string? importKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd(accept);
        if (importKey is not null)
        {
            request.Headers.Add("X-Import-Key", importKey);
        }

        return await GraphQLResponse.ReadAsync(await http.SendAsync(request));
    }

    public async Task<GraphQLResponse> GetAsync(string query, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.ParseAdd(accept);
        return await GraphQLResponse.ReadAsync(await http.SendAsync(request));
    }

    public void Dispose() => http.Dispose();
}
