using Graph.Api;
using Graph.Neo4j;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Bench.Questions;

/// <summary>
/// The API as Program.cs builds it, on Kestrel at a free loopback port, so that the bench talks
/// GraphQL to it over real HTTP; its access log tells the Neo4j requests of each operation.
/// </summary>
public sealed class InProcessApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessApi(WebApplication app, Uri graphql, AccessLogCapture accessLog)
    {
        _app = app;
        GraphQL = graphql;
        AccessLog = accessLog;
    }

    public Uri GraphQL { get; }

    /// <summary>The Neo4j requests each operation cost, as the API's access log reports them.</summary>
    public AccessLogCapture AccessLog { get; }

    public static async Task<InProcessApi> StartAsync(Neo4jOptions neo4j)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["NEO4J_URI"] = neo4j.Uri.ToString();
        builder.Configuration["NEO4J_USER"] = neo4j.User;
        builder.Configuration["NEO4J_PASSWORD"] = neo4j.Password;
        // One client asking far faster than the per-client rate limit allows (300 a minute): the bench times answers, not refusals.
        builder.Configuration["Api:RateLimitPermits"] = "0";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var accessLog = new AccessLogCapture();
        builder.Logging.AddProvider(accessLog);
        builder.Logging.AddFilter<AccessLogCapture>(AccessLogCapture.Category, LogLevel.Information);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddGraphApi();
        var app = builder.Build();
        app.MapGraphApi();
        await app.StartAsync();
        var address = AddressOf(app);

        // Warm: the API's Neo4j client finds the transactional endpoint (GET /) on its first request, a one-off
        // that the first question's count of Neo4j requests would otherwise include (as IdeExampleRequestsTests warms up too).
        using var http = new HttpClient();
        using var health = await http.GetAsync(new Uri(address, "/health"));
        if (!health.IsSuccessStatusCode)
        {
            await app.StopAsync();
            throw new InvalidOperationException($"the API's /health answered {(int)health.StatusCode}: {await health.Content.ReadAsStringAsync()}");
        }

        return new InProcessApi(app, new Uri(address, "/graphql"), accessLog);
    }

    /// <summary>The address a started app bound to (it asked for port 0: any free one).</summary>
    internal static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
