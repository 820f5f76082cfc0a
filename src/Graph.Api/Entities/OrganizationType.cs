using Graph.Knowledge.Model;
using GraphQL.Types;

namespace Graph.Api.Entities;

public sealed class OrganizationType : EntityGraphType
{
    public OrganizationType()
        : base(Labels.Organization, "A government body, intelligence agency, armed force, news agency, outlet or think tank.")
    {
        Property("type", "government, intelligence-agency, armed-force, news-agency, outlet, think-tank or other.");
        Property("reliability", "Source reliability on the Admiralty scale, A (completely reliable) to F (cannot be judged), when graded.");
        Related<EntityInterface>("partOf", "The state or organisation this one is part of.", RelationshipTypes.PartOf, outgoing: true);
        Ties("members", "Its leaders, members, officials and affiliates, with their roles.", outgoing: false,
            RelationshipTypes.LeaderOf, RelationshipTypes.MemberOf, RelationshipTypes.AffiliatedWith);
        Related<EntityInterface>("locatedIn", "Where it is based.", RelationshipTypes.LocatedIn, outgoing: true);
        Statements("The organisation's claims: what it originated, earliest reported first (at most 100; page with `Query.claims(attributedTo:)`).");
    }
}
