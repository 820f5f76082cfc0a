using Graph.Knowledge.Model;
using GraphQL.Types;

namespace Graph.Api.Entities;

public sealed class CountryType : EntityGraphType
{
    public CountryType()
        : base(Labels.Country, "A state.")
    {
        Related<TreatyType>("treaties", "Treaties this country is a party to.", RelationshipTypes.PartyTo, outgoing: true, Labels.Treaty);
        Ties("leaders", "Who leads it, with their role (\"President\", \"Supreme Leader\") and since when.", outgoing: false, RelationshipTypes.LeaderOf);
        Related<DeploymentType>("deploymentsSent", "Deployments of troops this country sent abroad.", RelationshipTypes.DeployedFrom, outgoing: false, Labels.Deployment);
        Related<DeploymentType>("deploymentsReceived", "Deployments of foreign troops sent to this country.", RelationshipTypes.DeployedTo, outgoing: false, Labels.Deployment);
        Related<EntityInterface>("bodies", "Government bodies, agencies and armed forces that are part of this state.", RelationshipTypes.PartOf, outgoing: false);
        Related<EventType>("events", "Events this country took part in.", RelationshipTypes.TookPartIn, outgoing: true, Labels.Event);
        Ties("ratified", "Treaties this country ratified, with the date.", outgoing: true, RelationshipTypes.Ratified);
        Statements("Claims this country (as a state) originated, earliest reported first (at most 100; page with `Query.claims(attributedTo:)`).");
    }
}
