using Graph.Knowledge.Model;

namespace Graph.Knowledge.Seed.Parsed;

/// <summary>
/// The relation keys of each kind of thing. The reader expands them into <see cref="Link"/>s so the
/// importer sees only generic links.
/// </summary>
public static class RelationKeys
{
    private static readonly string[] Tenure = ["role", "since", "until"];

    public static RelationKey LeaderOf { get; } = new("leaderOf", RelationshipTypes.LeaderOf, false, [EntityKind.Country, EntityKind.Organization], Tenure);

    public static RelationKey MemberOf { get; } = new("memberOf", RelationshipTypes.MemberOf, false, [EntityKind.Organization], Tenure);

    public static RelationKey PartOf { get; } = new("partOf", RelationshipTypes.PartOf, false, [EntityKind.Country, EntityKind.Organization, EntityKind.Place], []);

    public static RelationKey LocatedIn { get; } = new("locatedIn", RelationshipTypes.LocatedIn, false, [EntityKind.Place, EntityKind.Country], []);

    public static RelationKey AffiliatedWith { get; } = new("affiliatedWith", RelationshipTypes.AffiliatedWith, false, [EntityKind.Organization, EntityKind.Country], Tenure);

    public static RelationKey Parties { get; } = new("parties", RelationshipTypes.PartyTo, true, [EntityKind.Country], []);

    public static RelationKey Signatories { get; } = new("signatories", RelationshipTypes.Signed, true, [EntityKind.Person, EntityKind.Country], ["date"]);

    public static RelationKey RatifiedBy { get; } = new("ratifiedBy", RelationshipTypes.Ratified, true, [EntityKind.Country], ["date"]);

    public static RelationKey From { get; } = new("from", RelationshipTypes.DeployedFrom, false, [EntityKind.Country], []);

    public static RelationKey To { get; } = new("to", RelationshipTypes.DeployedTo, false, [EntityKind.Country], []);

    public static RelationKey In { get; } = new("in", RelationshipTypes.DeployedIn, false, [EntityKind.Place], []);

    public static RelationKey Place { get; } = new("place", RelationshipTypes.LocatedIn, false, [EntityKind.Place, EntityKind.Country], []);

    public static RelationKey Participants { get; } = new("participants", RelationshipTypes.TookPartIn, true, Enum.GetValues<EntityKind>(), ["role"]);

    public static RelationKey Concerns { get; } = new("concerns", RelationshipTypes.Concerns, false, [EntityKind.Treaty, EntityKind.Deployment], []);

    /// <summary>The relation keys a thing of this kind may use.</summary>
    public static IReadOnlyList<RelationKey> For(EntityKind kind) => kind switch
    {
        EntityKind.Person => [LeaderOf, MemberOf, AffiliatedWith],
        EntityKind.Country => [],
        EntityKind.Organization => [PartOf, MemberOf, LocatedIn, AffiliatedWith],
        EntityKind.Place => [PartOf, LocatedIn],
        EntityKind.Treaty => [Parties, Signatories, RatifiedBy],
        EntityKind.Deployment => [From, To, In],
        EntityKind.Event => [Place, Participants, Concerns],
        _ => [],
    };

    public static IReadOnlyList<RelationKey> All { get; } =
        [LeaderOf, MemberOf, PartOf, LocatedIn, AffiliatedWith, Parties, Signatories, RatifiedBy, From, To, In, Place, Participants, Concerns];
}
