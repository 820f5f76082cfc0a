namespace Graph.Knowledge.Model;

public sealed record ClaimDefinition(
    string Id,
    string Statement,
    string Predicate,
    IReadOnlyList<string> About,
    string? Value,
    Quantity? Quantity,
    Stance Stance,
    string? Time,
    Grade? Credibility);
