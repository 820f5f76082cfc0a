namespace Graph.Api.Claims;

/// <summary>The index lookup a page of claims starts from (<see cref="ClaimCypher.StartFor"/>): a closed set, one statement each.</summary>
public enum ClaimStart
{
    Involving,
    ReportedIn,
    AttributedTo,
    Predicate,
    Text,
    Published,
}
