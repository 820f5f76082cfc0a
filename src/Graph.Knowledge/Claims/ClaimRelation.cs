namespace Graph.Knowledge.Claims;

/// <summary>How a claim stands to another one, and why, in plain language.</summary>
public sealed record ClaimRelation(ClaimRelationKind Kind, string Reason);
