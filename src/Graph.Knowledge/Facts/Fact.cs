using Graph.Knowledge.Model;

namespace Graph.Knowledge.Facts;

/// <summary>
/// One dated or valued property of a thing (the treaty's signing day, North Korea's ratification, an
/// event's date, a deployment's size) and the claims it rests on. <see cref="Value"/> is a date or a
/// text, <see cref="Quantity"/> a figure; both null when the claims settle on no value.
/// <see cref="SettledBy"/> is the claim whose value it is. Claims are named by <see cref="ClaimDefinition.Name"/> as given to <see cref="FactRules.Resolve"/>.
/// </summary>
public sealed record Fact(
    string Name,
    string? Value,
    Quantity? Quantity,
    string? Precision,
    FactStatus Status,
    string? SettledBy,
    IReadOnlyList<string> SupportedBy,
    IReadOnlyList<string> ContestedBy);
