using Graph.Knowledge.Model;
using GraphQL.Types;

namespace Graph.Api.Entities;

public sealed class PersonType : EntityGraphType
{
    public PersonType()
        : base(Labels.Person, "A person: a leader, official, analyst or journalist.")
    {
        Property("reliability", "Source reliability on the Admiralty scale, A (completely reliable) to F (cannot be judged), when graded.");
        Ties("roles", "What this person leads, belongs to or is affiliated with, with the role held and since when.", outgoing: true,
            RelationshipTypes.LeaderOf, RelationshipTypes.MemberOf, RelationshipTypes.AffiliatedWith);
        Statements("What this person said: the claims they originated, earliest reported first (at most 100; page with `Query.claims(attributedTo:)`).");
        Related<EventType>("events", "Events this person took part in.", RelationshipTypes.TookPartIn, outgoing: true, Labels.Event);
        Ties("signed", "Treaties this person signed, with the date.", outgoing: true, RelationshipTypes.Signed);
    }
}
