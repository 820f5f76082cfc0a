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
}
