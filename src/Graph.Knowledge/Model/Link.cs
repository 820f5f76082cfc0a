namespace Graph.Knowledge.Model;

/// <summary>
/// A relationship between two things, held by the thing that declared it.
/// <see cref="Type"/> is one of <see cref="RelationshipTypes.BetweenThings"/>; <see cref="To"/> is a resolved entity id.
/// </summary>
public sealed record Link(string Type, string To, string? Role, string? Since, string? Until)
{
    /// <summary>
    /// True when the relationship points from <see cref="To"/> to the holder. A treaty lists its
    /// parties and an event its participants, yet the model draws <c>(country)-[:PARTY_TO]->(treaty)</c>
    /// and <c>(person)-[:TOOK_PART_IN]->(event)</c>.
    /// </summary>
    public bool Incoming { get; init; }

    /// <summary>The <c>on</c> date of <c>SIGNED</c> and <c>RATIFIED</c>.</summary>
    public string? On { get; init; }
}
