namespace Graph.Neo4j;

/// <summary>
/// How to reach Neo4j. Bound from the configuration section <c>Neo4j</c> and from the
/// environment variables <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>.
/// </summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>The HTTP address, e.g. <c>http://127.0.0.1:7474</c>.</summary>
    public Uri Uri { get; set; } = new("http://127.0.0.1:7474");

    public string User { get; set; } = "neo4j";

    public string Password { get; set; } = "";

    /// <summary>Used by Neo4j 4 and 5; Neo4j 3 has a single database.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>How long to wait for a connection before saying Neo4j is not reachable.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one request may take before it is abandoned.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The total time spent retrying transient failures (the official drivers' default is 30 s).</summary>
    public TimeSpan MaxRetryTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first pause between retries; it doubles each time, with 20 % jitter.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Statements slower than this are logged by name.</summary>
    public TimeSpan SlowStatementThreshold { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>These options, every one, for the server at <paramref name="uri"/> (another server, or a relay in front of it).</summary>
    public Neo4jOptions At(Uri uri)
    {
        var copy = (Neo4jOptions)MemberwiseClone();
        copy.Uri = uri;
        return copy;
    }
}
