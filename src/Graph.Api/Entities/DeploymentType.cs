using Graph.Knowledge.Model;
using Graph.Api.Claims;
using Graph.Api.History;
using Graph.Api.Loading;
using Graph.Api.Reading;
using GraphQL.Types;

namespace Graph.Api.Entities;

public sealed class DeploymentType : EntityGraphType
{
    public DeploymentType()
        : base(Labels.Deployment, "Troops sent by one state to another.")
    {
        FactProperty(EntityProperties.Start, "When it began (ISO-8601 date with its precision).");
        FactProperty(EntityProperties.End, "When it ended, if it has (ISO-8601 date with its precision).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("What the troops reportedly do (\"artillery\", \"drone operations\", \"infantry\").")
            .Reads(EntityProperties.Roles)
            .Resolve(c => c.Source.Texts(EntityProperties.Roles));
        RelatedOne<EntityInterface>("origin", "The sending state.", RelationshipTypes.DeployedFrom, outgoing: true);
        RelatedOne<EntityInterface>("destination", "The receiving state.", RelationshipTypes.DeployedTo, outgoing: true);
        Related<EntityInterface>("location", "Where the troops are.", RelationshipTypes.DeployedIn, outgoing: true);
        Related<EventType>("events", "Events concerning it (clashes ...).", RelationshipTypes.Concerns, outgoing: false, Labels.Event);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("sizeClaims")
            .Description("Every estimate of its size, side by side, earliest reported first; each says who backs it and which others it disagrees with.")
            .Projects(s => EntityProjections.Figures(s))
            .Reads()
            .Resolve(c => c.Source.Or(c, EntityProjections.ReadClaims, () => AsOf.Load(c, EntityCypher.SizeClaims, c.Source.Id)));
    }
}
