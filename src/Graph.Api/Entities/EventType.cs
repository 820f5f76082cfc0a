using Graph.Api.Facts;
using Graph.Knowledge.Facts;
using Graph.Knowledge.Model;
using Graph.Api.Reading;
using GraphQL.Types;

namespace Graph.Api.Entities;

public sealed class EventType : EntityGraphType
{
    public EventType()
        : base(Labels.Event, "Something that happened: a summit, signing, ratification, entry into force, clash or statement.")
    {
        Property("type", "summit, signing, ratification, entry-into-force, clash, statement or other.");
        FactProperty(EntityProperties.Date, "When it happened (ISO-8601 date with its precision: `2024`, `2024-06`, `2024-06-19`).");
        Field<EntityInterface>("place").Description("Where it happened: the place the claims about it settle on (see `facts`).")
            .Projects(FactCypher.ThingOf)
            .Reads()
            .Resolve(c => FactLoader.Thing(c, FactRules.Place));
        Ties("participants", "Who took part, with their role.", outgoing: false, RelationshipTypes.TookPartIn);
        Related<EntityInterface>("concerns", "The treaty or deployment it concerns (the treaty signed, the deployment that clashed).", RelationshipTypes.Concerns, outgoing: true);
    }
}
