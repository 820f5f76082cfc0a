using System.Text.Json;
using Graph.Neo4j;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Graph.Bench.Questions;

/// <summary>
/// The least an API in front of Neo4j does: a Kestrel endpoint, at a free loopback port in this process like the API, that
/// forwards each request (method, path, body, authorization) to Neo4j with one pooled HttpClient, reads Neo4j's answer
/// (parses it as JSON, as any API must read what it answers from) and sends it back unchanged. The hand-written
/// statements sent through it cost what they cost sent to Neo4j, plus one HTTP hop on the same machine: the floor of
/// the GraphQL/Cypher ratio for any API reached over HTTP, which the bench prints next to it.
/// </summary>
public sealed class HttpRelay : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _neo4j;
    private long _relayed;

    private HttpRelay(WebApplication app, HttpClient neo4j)
    {
        _app = app;
        _neo4j = neo4j;
    }

    /// <summary>Where to send Neo4j HTTP requests to have them relayed (a <see cref="Neo4jOptions.Uri"/>).</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>How many requests it relayed.</summary>
    public long Relayed => Interlocked.Read(ref _relayed);

    /// <summary>The options of <paramref name="neo4j"/>, reaching it through this relay.</summary>
    public Neo4jOptions Reaching(Neo4jOptions neo4j) => neo4j.At(Address);

    public static async Task<HttpRelay> StartAsync(Neo4jOptions neo4j)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var relay = new HttpRelay(app, new HttpClient { BaseAddress = neo4j.Uri });
        app.Run(relay.ForwardAsync);
        await app.StartAsync();
        relay.Address = InProcessApi.AddressOf(app);
        return relay;
    }

    private async Task ForwardAsync(HttpContext http)
    {
        Interlocked.Increment(ref _relayed);
        using var request = new HttpRequestMessage(new HttpMethod(http.Request.Method), http.Request.Path + http.Request.QueryString);
        if (http.Request.Headers.Authorization is { Count: > 0 } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", (IEnumerable<string?>)authorization);
        }

        if (http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, http.RequestAborted);
            request.Content = new ByteArrayContent(body.ToArray());
            request.Content.Headers.TryAddWithoutValidation("Content-Type", (IEnumerable<string?>)http.Request.Headers.ContentType);
        }

        using var response = await _neo4j.SendAsync(request, http.RequestAborted);
        var answer = await response.Content.ReadAsByteArrayAsync(http.RequestAborted);
        using (JsonDocument.Parse(answer))
        {
        }

        http.Response.StatusCode = (int)response.StatusCode;
        http.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        if (response.Headers.Location is { } location)
        {
            http.Response.Headers.Location = location.ToString();
        }

        await http.Response.Body.WriteAsync(answer, http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _neo4j.Dispose();
    }
}
