using Graph.Knowledge.Model;
using Graph.Api.Facts;
using Graph.Api.Loading;
using Graph.Api.Reading;
using GraphQL.Types;
using Graph.Knowledge.Facts;

namespace Graph.Api.Entities;

public sealed class TreatyType : EntityGraphType
{
    public TreatyType()
        : base(Labels.Treaty, "A treaty or agreement between states.")
    {
        FactProperty(EntityProperties.SignedOn, "When it was signed (ISO-8601 date with its precision, e.g. `2024-06-19`).");
        FactProperty(EntityProperties.InForceOn, "When it entered into force (ISO-8601 date with its precision).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("obligations")
            .Description("What it obliges the parties to do, as short phrases (\"immediate military assistance if one party is attacked\").")
            .Reads(EntityProperties.Obligations)
            .Resolve(c => c.Source.Texts(EntityProperties.Obligations));
        Related<EntityInterface>("parties", "The states party to it.", RelationshipTypes.PartyTo, outgoing: false);
        DatedTies("signatories", "Who signed it (people and states), with the date of signature (the `signedOn` fact).", RelationshipTypes.Signed, _ => FactRules.SignedOn);
        DatedTies("ratifications", "Which states ratified it, with the date of ratification (the `ratifiedOn:<state>` fact).", RelationshipTypes.Ratified, FactRules.RatifiedOn);
        Related<EventType>("events", "Its signing, ratification, entry-into-force and other events.", RelationshipTypes.Concerns, outgoing: false, Labels.Event);
    }

    /// <summary>Ties whose date is a fact of the treaty: the date the facts settle on, or the tie's own when no claim states it.</summary>
    private void DatedTies(string name, string description, string type, Func<string, string> fact) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationType>>>>(name).Description(description)
            .Projects(s => $"{{ties: {EntityProjections.Ties(s, outgoing: false, [type], null, "entity")}, evidence: {FactCypher.EvidenceOf(s)}}}")
            .Reads()
            .Resolve(c => c.Source.Or(
                c,
                fetched => Dated(EntityProjections.ReadTies(fetched.GetProperty("ties")), FactLoader.Settled(c.Source, fetched.GetProperty("evidence")), fact),
                () => c.Loaders().Load(EntityCypher.Relations, c.Source.Id).Zip(FactLoader.Load(c, c.Source), (ties, known) =>
                    Dated(ties.Where(t => !t.Outgoing && t.Type == type), known, fact))));

    private static List<RelationRecord> Dated(IEnumerable<RelationRecord> ties, List<FactRecord> known, Func<string, string> fact) =>
        [.. ties.Select(t => known.FirstOrDefault(f => f.Fact.Name == fact(t.Node.Id)) is { } f ? t with { On = f.Fact.Value } : t)];
}
