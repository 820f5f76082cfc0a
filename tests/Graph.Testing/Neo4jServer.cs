using System.Diagnostics;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Graph.Neo4j;

namespace Graph.Testing;

/// <summary>
/// The real Neo4j the tests run against, found in this order: <c>NEO4J_URI</c> if set (CI starts
/// one); a <c>neo4j:5.26</c> container when a Docker engine answers; else the local Neo4j 3.1.1
/// of <c>scripts/neo4j-local.sh</c> on the tests' own ports (7475, Bolt 7688) and data folder
/// (<c>.neo4j/data-test</c>), the same server scripts/test.sh starts, so that ./run.sh's Neo4j on 7474
/// is never touched. Started once per test process.
/// </summary>
public static class Neo4jServer
{
    private const string LocalPassword = "graph-test";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Neo4jOptions? _options;
    private static IContainer? _container;

    public static async Task<Neo4jOptions> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _options ??= await StartAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<Neo4jOptions> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri)
        {
            return new Neo4jOptions
            {
                Uri = new Uri(uri),
                User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
            };
        }

        if (DockerAnswers())
        {
            return await StartContainerAsync();
        }

        return StartLocal();
    }

    private static bool DockerAnswers() =>
        Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } || File.Exists("/var/run/docker.sock");

    private static async Task<Neo4jOptions> StartContainerAsync()
    {
        // The same image as docker-compose.yml (scripts/check-compose.sh keeps the two equal).
        var image = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Graph.Testing", "Neo4jImage.txt")).Trim();
        _container = new ContainerBuilder(image)
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{LocalPassword}")
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474)))
            .Build();
        await _container.StartAsync();
        return new Neo4jOptions
        {
            Uri = new Uri($"http://{_container.Hostname}:{_container.GetMappedPublicPort(7474)}"),
            Password = LocalPassword,
        };
    }

    private static Neo4jOptions StartLocal()
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "neo4j-local.sh"), "start"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NEO4J_PASSWORD"] = LocalPassword;
        start.Environment["NEO4J_HTTP_PORT"] = Environment.GetEnvironmentVariable("NEO4J_TEST_HTTP_PORT") ?? "7475";
        start.Environment["NEO4J_BOLT_PORT"] = Environment.GetEnvironmentVariable("NEO4J_TEST_BOLT_PORT") ?? "7688";
        start.Environment["NEO4J_DATA_DIR"] = Path.Combine(Environment.GetEnvironmentVariable("NEO4J_CACHE_DIR") ?? Path.Combine(root, ".neo4j"), "data-test");
        start.Environment["NEO4J_TRACE_ERRORS"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/neo4j-local.sh start failed ({process.ExitCode}): {errors}");
        }

        var uri = output.Split('\n').First(l => l.StartsWith("NEO4J_URI=", StringComparison.Ordinal))["NEO4J_URI=".Length..].Trim();
        return new Neo4jOptions { Uri = new Uri(uri), Password = LocalPassword };
    }

    /// <summary>The folder holding Graph.sln, found upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
