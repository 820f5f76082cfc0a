using System.Net;
using Graph.Import;
using Graph.Knowledge.Seed;
using Graph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace Graph.Api.BrowserTests;

/// <summary>
/// The API on a real Kestrel port (a browser cannot reach the in-memory test server), over the
/// tests' Neo4j with the seed imported, and a headless Chromium from Debian's package.
/// </summary>
public sealed class ApiServerFixture : IAsyncLifetime
{
    private readonly Neo4jFixture _neo4j = new();
    private WebApplicationFactory<Program>? _factory;
    private HeadlessChromium? _chromium;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Whether the page asked for something the API does not serve itself (inline <c>data:</c> and <c>blob:</c> URLs are the page's own).</summary>
    public bool IsOutside(string url) =>
        !url.StartsWith(BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
        && !url.StartsWith("data:", StringComparison.Ordinal) && !url.StartsWith("blob:", StringComparison.Ordinal);

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _neo4j.InitializeAsync();
        var seed = SeedReader.ReadPaths([Path.Combine(Neo4jServer.RepositoryRoot(), "seed")]);
        await new SeedImporter(_neo4j.Client).ImportAsync(seed);

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Neo4j:Uri", _neo4j.Options.Uri.ToString());
            web.UseSetting("Neo4j:User", _neo4j.Options.User);
            web.UseSetting("Neo4j:Password", _neo4j.Options.Password);
            web.UseSetting("Api:Timeout", "00:02:00"); // as Graph.Api.Tests' ApiFactory: cold plans on a busy machine
        });
        // Not UseKestrel(0): it rewrites the addresses while the app may already be binding (dotnet/aspnetcore#67714).
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

        _chromium = await HeadlessChromium.StartAsync();
        Browser = _chromium.Browser;
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await _neo4j.DisposeAsync();
    }
}
