using Graph.Knowledge.Model;
using GraphQL.Types;

namespace Graph.Api.Entities;

public sealed class TreatyType : EntityGraphType
{
    public TreatyType()
        : base(Labels.Treaty, "A treaty or agreement between states.")
    {
        Property(EntityProperties.SignedOn, "When it was signed (ISO-8601 date with its precision, e.g. `2024-06-19`).");
        Property(EntityProperties.InForceOn, "When it entered into force (ISO-8601 date with its precision).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("obligations")
            .Description("What it obliges the parties to do, as short phrases (\"immediate military assistance if one party is attacked\").")
            .Resolve(c => c.Source.Texts(EntityProperties.Obligations));
        Related<EntityInterface>("parties", "The states party to it.", RelationshipTypes.PartyTo, outgoing: false);
        Ties("signatories", "Who signed it (people and states), with the date of signature.", outgoing: false, RelationshipTypes.Signed);
        Ties("ratifications", "Which states ratified it, with the date of ratification.", outgoing: false, RelationshipTypes.Ratified);
        Related<EventType>("events", "Its signing, ratification, entry-into-force and other events.", RelationshipTypes.Concerns, outgoing: false, Labels.Event);
    }
}
