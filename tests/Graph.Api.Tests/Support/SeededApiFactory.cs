using Graph.Import;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;
using Graph.Testing;

namespace Graph.Api.Tests.Support;

/// <summary>The API over a Neo4j holding the project's seed (seed/), imported with the real importer (idempotent, so shared runs are safe).</summary>
public class SeededApiFactory : ApiFactory
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var seed = SeedReader.ReadPaths([Path.Combine(Neo4jServer.RepositoryRoot(), "seed")]);
        if (!seed.IsValid)
        {
            throw new InvalidOperationException("seed/ does not validate:\n" + string.Join('\n', seed.Problems));
        }

        using var client = new Neo4jClient(Neo4j);
        await new SeedImporter(client).ImportAsync(seed);
    }
}
