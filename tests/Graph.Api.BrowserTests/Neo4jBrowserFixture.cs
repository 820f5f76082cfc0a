using Graph.Import;
using Graph.Knowledge.Seed;
using Graph.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Graph.Api.BrowserTests;

/// <summary>
/// The tests' Neo4j with the seed imported, and a headless Chromium from Debian's package. No API:
/// Neo4j Browser is served by Neo4j itself (and a second WebApplicationFactory in the same process,
/// started alongside <see cref="ApiServerFixture"/>, can pick up the other's host configuration).
/// </summary>
public sealed class Neo4jBrowserFixture : IAsyncLifetime
{
    private readonly Neo4jFixture _neo4j = new();
    private HeadlessChromium? _chromium;

    public Graph.Neo4j.Neo4jOptions Neo4j => _neo4j.Options;

    public IBrowser Browser => _chromium!.Browser;

    public async Task InitializeAsync()
    {
        await _neo4j.InitializeAsync();
        await new SeedImporter(_neo4j.Client).ImportAsync(SeedReader.ReadPaths([Path.Combine(Neo4jServer.RepositoryRoot(), "seed")]));
        _chromium = await HeadlessChromium.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await _neo4j.DisposeAsync();
    }
}
