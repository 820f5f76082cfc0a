using Graph.Knowledge.Model;

namespace Graph.Knowledge.Claims;

/// <summary>
/// Who stands behind a claim independently (docs/model.md, "Independent origins"): each originator
/// of each report counts as the top-level actor it belongs to, reached by following these ties
/// outwards until none is left (a spokesperson to the ministry to the state). Relays never count.
/// </summary>
public static class IndependentOrigins
{
    /// <summary>The ties that make one actor speak for another, followed from the originator outwards.</summary>
    public static IReadOnlyList<string> Ties { get; } =
        [RelationshipTypes.MemberOf, RelationshipTypes.PartOf, RelationshipTypes.AffiliatedWith, RelationshipTypes.LeaderOf];

    /// <summary>How many ties are followed at most; an originator whose chain is longer, or circular, counts as itself.</summary>
    public const int MaxTies = 6;

    /// <summary>
    /// When an originator reaches several top-level actors, the one counted is a country if one is
    /// reached, else the nearest, else the smallest id: one originator is never more than one origin.
    /// </summary>
    public const string Preference = "a country first, then the nearest, then the smallest id";
}
