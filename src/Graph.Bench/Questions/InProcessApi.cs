using Graph.Api;
using Graph.Neo4j;
using Graph.Neo4j.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Bench.Questions;

/// <summary>
/// The API as Program.cs builds it, on Kestrel at a free loopback port, so that the bench talks
/// GraphQL to it over real HTTP. Its own <see cref="Neo4jClient"/> counts the requests it sends.
/// </summary>
public sealed class InProcessApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessApi(WebApplication app, Uri graphql)
    {
        _app = app;
        GraphQL = graphql;
    }

    public Uri GraphQL { get; }

    /// <summary>The API's own client: the difference of <see cref="Neo4jClient.RoundTrips"/> around an operation is what it cost.</summary>
    public Neo4jClient Neo4j => _app.Services.GetRequiredService<Neo4jClient>();

    public static async Task<InProcessApi> StartAsync(Neo4jOptions neo4j)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["NEO4J_URI"] = neo4j.Uri.ToString();
        builder.Configuration["NEO4J_USER"] = neo4j.User;
        builder.Configuration["NEO4J_PASSWORD"] = neo4j.Password;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddGraphApi();
        var app = builder.Build();
        app.MapGraphApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessApi(app, new Uri(new Uri(address), "/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
