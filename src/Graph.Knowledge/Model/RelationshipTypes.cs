namespace Graph.Knowledge.Model;

/// <summary>The closed set of relationship types (docs/model.md). Cypher takes types only from here, never from input.</summary>
public static class RelationshipTypes
{
    // Between things.
    public const string LeaderOf = "LEADER_OF";
    public const string MemberOf = "MEMBER_OF";
    public const string PartOf = "PART_OF";
    public const string LocatedIn = "LOCATED_IN";
    public const string PartyTo = "PARTY_TO";
    public const string Signed = "SIGNED";
    public const string Ratified = "RATIFIED";
    public const string DeployedFrom = "DEPLOYED_FROM";
    public const string DeployedTo = "DEPLOYED_TO";
    public const string DeployedIn = "DEPLOYED_IN";
    public const string TookPartIn = "TOOK_PART_IN";
    public const string Concerns = "CONCERNS";
    public const string AffiliatedWith = "AFFILIATED_WITH";

    // Provenance.
    public const string About = "ABOUT";
    public const string Reports = "REPORTS";
    public const string In = "IN";
    public const string OriginatedBy = "ORIGINATED_BY";
    public const string RelayedBy = "RELAYED_BY";
    public const string PublishedBy = "PUBLISHED_BY";
    public const string WrittenBy = "WRITTEN_BY";
    public const string EditedBy = "EDITED_BY";
    public const string Cites = "CITES";
    public const string DeclaredIn = "DECLARED_IN";

    /// <summary>The types a <see cref="Link"/> may carry: relationships between things.</summary>
    public static IReadOnlyList<string> BetweenThings { get; } =
        [LeaderOf, MemberOf, PartOf, LocatedIn, PartyTo, Signed, Ratified, DeployedFrom, DeployedTo, DeployedIn, TookPartIn, Concerns, AffiliatedWith];

    /// <summary>
    /// <see cref="BetweenThings"/> joined with <c>|</c>, as a relationship pattern lists its types (<c>(x)-[:LEADER_OF|...]-(t)</c>):
    /// the only relationships between two things, so a step typed with it matches what an untyped step between
    /// two <c>Entity</c> nodes matches, and Neo4j's planner sees how few there are.
    /// </summary>
    public static string AnyBetweenThings { get; } = string.Join("|", BetweenThings);

    public static IReadOnlyList<string> Provenance { get; } =
        [About, Reports, In, OriginatedBy, RelayedBy, PublishedBy, WrittenBy, EditedBy, Cites, DeclaredIn];

    public static IReadOnlyList<string> All { get; } = [.. BetweenThings, .. Provenance];
}
