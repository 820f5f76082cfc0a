using Graph.Knowledge.Claims;

namespace Graph.Knowledge.Model;

/// <summary>
/// A claim as one article states it: its structured content (what <see cref="ClaimKey"/> is made of)
/// and the name the file gives it. Two definitions with equal content are one claim, whatever their names.
/// </summary>
public sealed record ClaimDefinition(
    string Name,
    string Predicate,
    IReadOnlyList<string> About,
    string? Value,
    Quantity? Quantity,
    Stance Stance,
    string? Time,
    Grade? Credibility)
{
    /// <summary>The canonical form of the content; equal keys mean one claim.</summary>
    public string Key => ClaimKey.Of(this);

    /// <summary>The claim node's id, derived from <see cref="Key"/>.</summary>
    public string NodeId => ClaimKey.IdOf(this);
}
