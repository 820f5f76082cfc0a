namespace Graph.Api.Limits;

/// <summary>The <c>Api</c> configuration section: the import key and the limits every request is held to.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The value the <c>X-Import-Key</c> header must carry for a mutation; none configured means read-only.</summary>
    public string? ImportKey { get; set; }

    /// <summary>How deeply data fields may nest (introspection has its own bound, <see cref="OperationLimitsRule"/>).</summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>The most an operation may cost as <see cref="QueryCost"/> counts it.</summary>
    public int MaxComplexity { get; set; } = 200_000;

    public int MaxPageSize { get; set; } = 100;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The longest query text accepted, in characters; checked before anything parses it.</summary>
    public int MaxQueryCharacters { get; set; } = 256 * 1024;

    /// <summary>The most tokens (names, punctuation, values) a query may have; counted before the parser runs.</summary>
    public int MaxQueryTokens { get; set; } = 15_000;

    /// <summary>The most field selections an operation may make once its fragments are expanded, each alias and repeat counted.</summary>
    public int MaxFieldSelections { get; set; } = 2_000;

    /// <summary>Requests to <c>/graphql</c> one client (remote address) may make per <see cref="RateLimitWindow"/>; 0 turns the limit off.</summary>
    public int RateLimitPermits { get; set; } = 300;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests to <c>/graphql</c> one client may have running at once; more are answered 429 at once.</summary>
    public int MaxConcurrentRequestsPerClient { get; set; } = 8;

    /// <summary>Requests to <c>/graphql</c> running at once from all clients together.</summary>
    public int MaxConcurrentRequests { get; set; } = 64;

    /// <summary>How many compiled Cypher statements are kept for the next request asking the same (<see cref="Reading.CompiledStatements"/>); 0 keeps none.</summary>
    public int CompiledStatements { get; set; } = Reading.CompiledStatements.DefaultCapacity;
}
