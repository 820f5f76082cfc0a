namespace Graph.Api.Tests.Support;

/// <summary>The API pointed at a port where nothing listens: Neo4j is "down".</summary>
public sealed class UnreachableNeo4jFactory : ApiFactory
{
    protected override Uri Neo4jUri => new("http://127.0.0.1:9");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Neo4j:ConnectTimeout"] = "00:00:01",
        ["Api:ImportKey"] = ImportKey,
    };
}
