using System.Globalization;
using Graph.Neo4j.Client;

namespace Graph.Neo4j.Schema;

/// <summary>Which Neo4j answers: its version (from <c>dbms.components()</c>, which 3.x and 5.x both have) and edition.</summary>
public sealed record ServerInfo(string Version, string Edition)
{
    public int Major => int.Parse(Version.Split('.')[0], CultureInfo.InvariantCulture);

    public static async Task<ServerInfo> ReadAsync(ICypherRunner runner, CancellationToken cancellationToken = default)
    {
        var result = await runner.RunAsync(new Cypher("ServerInfo",
            "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition")
        { Idempotent = true }, cancellationToken).ConfigureAwait(false);
        var row = result.SingleOrDefault() ?? throw new InvalidOperationException("dbms.components() did not name the Neo4j Kernel.");
        return new ServerInfo(row.GetString("version"), row.GetString("edition"));
    }
}
