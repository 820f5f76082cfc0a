using Graph.Neo4j;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;
using Graph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Api.Tests.Support;

/// <summary>The API in-process on the tests' real Neo4j (schema applied). Subclasses change its settings.</summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ImportKey = "test-import-key";

    public Neo4jOptions Neo4j { get; private set; } = null!;

    /// <summary>The app's own client: its <see cref="Neo4jClient.RoundTrips"/> counts what requests cost.</summary>
    public Neo4jClient AppClient => Services.GetRequiredService<Neo4jClient>();

    public virtual async Task InitializeAsync()
    {
        Neo4j = await Neo4jServer.GetAsync();
        using var client = new Neo4jClient(Neo4j);
        await new SchemaMigrator(client).MigrateAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    protected virtual Uri Neo4jUri => Neo4j.Uri;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Api:ImportKey"] = ImportKey };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("NEO4J_URI", Neo4jUri.ToString());
        builder.UseSetting("NEO4J_USER", Neo4j.User);
        builder.UseSetting("NEO4J_PASSWORD", Neo4j.Password);

        // The product's 30 s budget guards users; here Neo4j 3.1 plans every statement shape afresh on a
        // cold server (up to ~1.3 s each on a loaded 2-core machine, four waves for a loader-path request),
        // and the test classes run in parallel. A CI run on a busy machine timed out one such request
        // (CompiledSelectionTests, 30 s). A subclass's Settings still win (TimeoutTests sets 1 ms).
        builder.UseSetting("Api:Timeout", "00:02:00");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
