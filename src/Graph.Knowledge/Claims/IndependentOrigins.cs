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

    /// <summary><see cref="Ties"/> joined with <c>|</c>, as a relationship pattern lists its types (<c>(o)-[:MEMBER_OF|...*1..6]->(top)</c>).</summary>
    public static string AnyTie { get; } = string.Join("|", Ties);

    /// <summary>How many ties are followed at most; an originator whose chain is longer, or circular, counts as itself.</summary>
    public const int MaxTies = 6;

    /// <summary>
    /// When an originator reaches several top-level actors, the one counted is a country if one is
    /// reached, else the nearest, else the smallest id: one originator is never more than one origin.
    /// </summary>
    public const string Preference = "a country first, then the nearest, then the smallest id";

    /// <summary>
    /// The top-level actors an originator's ties reach, in the order of <see cref="Preference"/> (the first is the one
    /// it counts as); <paramref name="country"/>, <paramref name="hops"/> and <paramref name="id"/> read each of <paramref name="tops"/>.
    /// </summary>
    public static IOrderedEnumerable<T> InPreference<T>(IEnumerable<T> tops, Func<T, bool> country, Func<T, int> hops, Func<T, string> id) =>
        tops.OrderBy(t => country(t) ? 0 : 1).ThenBy(hops).ThenBy(id, StringComparer.Ordinal);
}
