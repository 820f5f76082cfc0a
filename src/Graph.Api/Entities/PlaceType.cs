using Graph.Knowledge.Model;
using GraphQL.Types;

namespace Graph.Api.Entities;

public sealed class PlaceType : EntityGraphType
{
    public PlaceType()
        : base(Labels.Place, "A region or city.")
    {
        Property("type", "region, city or other.");
        Related<EntityInterface>("partOf", "The larger region this place is part of.", RelationshipTypes.PartOf, outgoing: true);
        Related<EntityInterface>("locatedIn", "The country or region it lies in.", RelationshipTypes.LocatedIn, outgoing: true);
        Related<EventType>("events", "Events that happened here (clashes, summits ...).", RelationshipTypes.LocatedIn, outgoing: false, Labels.Event);
        Related<DeploymentType>("deployments", "Deployments of troops stationed here.", RelationshipTypes.DeployedIn, outgoing: false, Labels.Deployment);
    }
}
