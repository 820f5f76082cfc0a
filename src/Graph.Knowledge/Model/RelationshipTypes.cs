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

    public static IReadOnlyList<string> Provenance { get; } =
        [About, Reports, In, OriginatedBy, RelayedBy, PublishedBy, WrittenBy, EditedBy, Cites, DeclaredIn];

    public static IReadOnlyList<string> All { get; } = [.. BetweenThings, .. Provenance];
}
