namespace Graph.Api.Claims;

/// <summary>
/// Which statement a page of claims runs (<see cref="ClaimCypher.Page"/>): where it starts, its order, and
/// which of the filters that walk the graph are given (those not given are left out of the statement), and whether
/// its claims' <c>relations</c> or <c>disagreesWith</c> are read (<see cref="ClaimCypher.SameSubject"/>, once for the page).
/// </summary>
public readonly record struct ClaimPageShape(ClaimStart Start, bool LatestFirst, bool AttributedTo, bool ReportedIn, bool Dated, bool MinIndependentOrigins, bool Related = false);
