namespace Graph.Api.Errors;

/// <summary>
/// The GraphQL user context of one HTTP request: what validation rules and error handling need to
/// know about it. GraphQL.NET wants a dictionary here, hence the base type.
/// </summary>
#pragma warning disable CA1710 // The name says what it is; "Dictionary" would not.
public sealed class ApiRequestContext : Dictionary<string, object?>
#pragma warning restore CA1710
{
    public required string CorrelationId { get; init; }

    /// <summary>The request came as GET, where only queries may run.</summary>
    public required bool ViaGet { get; init; }

    /// <summary>Whether a key is configured at all: without one the API is read-only.</summary>
    public required bool ImportKeyConfigured { get; init; }

    /// <summary>The request carried the configured import key.</summary>
    public required bool ImportKeyAccepted { get; init; }
}
