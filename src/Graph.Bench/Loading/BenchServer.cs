using System.Globalization;
using Graph.Neo4j;

namespace Graph.Bench.Loading;

/// <summary>
/// A local Neo4j the bench runs for one size (scripts/neo4j-local.sh with these ports and data folder), so that every size's
/// graph is still loaded when the questions are timed: all sizes in the same rounds (<see cref="Questions.QuestionTimer.TimeTogetherAsync"/>).
/// </summary>
public sealed record BenchServer(int HttpPort, int BoltPort, string DataDir)
{
    /// <summary>How far apart the ports of two sizes' servers are.</summary>
    public const int PortStep = 100;

    /// <summary>
    /// One server per size when scripts/bench.sh started the bench's own (its ports and data folder in the environment): the largest
    /// size on that one (so that the index gate scripts/bench.sh runs afterwards sees the largest graph), each smaller size on a
    /// server <see cref="PortStep"/> ports further per step down, its data in .neo4j/bench-data-&lt;port&gt; beside the first. Null
    /// when the bench was given a server (BENCH_NEO4J_URI): then the sizes take turns on it, each timed in its own rounds.
    /// </summary>
    public static IReadOnlyList<BenchServer>? ForSizes(int sizes) => ForSizes(sizes, Environment.GetEnvironmentVariable(BenchDatabase.DataDirVariable),
        Environment.GetEnvironmentVariable("NEO4J_HTTP_PORT"), Environment.GetEnvironmentVariable("NEO4J_BOLT_PORT"));

    /// <summary><see cref="ForSizes(int)"/> from the bench's own server's data folder and ports.</summary>
    public static IReadOnlyList<BenchServer>? ForSizes(int sizes, string? dataDir, string? httpPort, string? boltPort)
    {
        if (string.IsNullOrEmpty(dataDir)
            || !int.TryParse(httpPort, CultureInfo.InvariantCulture, out var http)
            || !int.TryParse(boltPort, CultureInfo.InvariantCulture, out var bolt))
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataDir))!;
        List<BenchServer> servers = [.. Enumerable.Range(0, sizes).Select(i => sizes - 1 - i).Select(step => step == 0
            ? new BenchServer(http, bolt, dataDir)
            : new BenchServer(http + (step * PortStep), bolt + (step * PortStep), Path.Combine(folder, $"bench-data-{http + (step * PortStep)}")))];
        var ports = servers.SelectMany(s => new[] { s.HttpPort, s.BoltPort }).ToList();
        return ports.Distinct().Count() == ports.Count ? servers
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"the HTTP port {http} and the Bolt port {bolt} are {Math.Abs(bolt - http)} apart: the servers of {sizes} sizes, {PortStep} ports apart, would share a port; choose ports whose distance is not a multiple of {PortStep} up to {(sizes - 1) * PortStep}"));
    }

    /// <summary>The bench's Neo4j options, pointed at this server.</summary>
    public Neo4jOptions Reaching(Neo4jOptions neo4j) => neo4j.At(new Uri($"http://127.0.0.1:{HttpPort.ToString(CultureInfo.InvariantCulture)}"));
}
