using Graph.Neo4j;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;
using Xunit;

namespace Graph.Testing;

/// <summary>A client on the tests' real Neo4j with the schema applied. Tests own their data: they use ids of their own.</summary>
public sealed class Neo4jFixture : IAsyncLifetime
{
    public Neo4jOptions Options { get; private set; } = null!;

    public Neo4jClient Client { get; private set; } = null!;

    public ServerInfo Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Options = await Neo4jServer.GetAsync();
        Client = new Neo4jClient(Options);
        Server = (await new SchemaMigrator(Client).MigrateAsync()).Server;
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A fresh id prefix, so that tests running at the same time never touch each other's nodes.</summary>
    public static string UniqueId(string name) => $"t{Guid.NewGuid():N}"[..13] + "-" + name;
}
