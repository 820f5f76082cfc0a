using Graph.Api.Search;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Knowledge.Seed.Parsed;
using GraphQL.Types;

namespace Graph.Api.Imports;

/// <summary>A thing only this article knows (seed key <c>declares</c>): the keys of an entities file, each kind using its own.</summary>
public sealed class ThingInputType : InputObjectGraphType
{
    public ThingInputType()
    {
        Name = "ThingInput";
        Description = "A thing only this article knows (seed key `declares`), written as in an entities file. " +
            "Each kind takes only its own keys (docs/seed-format.md, \"Keys by kind\"); a key of another kind is a VALIDATION_ERROR.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Its slug: lower-case letters, digits and single `-`.");
        Field<NonNullGraphType<EntityKindType>>("kind").Description("What kind of thing it is.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its usual English name.");
        Field<StringGraphType>("description").Description("One short sentence.");
        Field<ListGraphType<NonNullGraphType<AliasInputType>>>("aliases").Description("Other names, by language.");
        Field<StringGraphType>("type").Description(
            $"Organisation: {string.Join(", ", SeedKeys.Types(EntityKind.Organization))}. " +
            $"Place: {string.Join(", ", SeedKeys.Types(EntityKind.Place))}. " +
            $"Event: {string.Join(", ", SeedKeys.Types(EntityKind.Event))}.");
        Field<GradeInputType>("reliability").Description("Person or organisation: Admiralty reliability A-F.");
        foreach (var key in RelationKeys.All.DistinctBy(k => k.Name))
        {
            Field<ListGraphType<NonNullGraphType<LinkInputType>>>(key.Name).Description(Describe(key.Name));
        }

        Field<StringGraphType>(EntityProperties.SignedOn).Description("Treaty: when it was signed.");
        Field<StringGraphType>(EntityProperties.InForceOn).Description("Treaty: when it entered into force.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>(EntityProperties.Obligations).Description("Treaty: what it obliges the parties to do, as short phrases.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>(EntityProperties.Roles).Description("Deployment: what the troops do (`artillery`, `drones` ...).");
        Field<StringGraphType>(EntityProperties.Start).Description("Deployment: when it began.");
        Field<StringGraphType>(EntityProperties.End).Description("Deployment: when it ended.");
        Field<StringGraphType>(EntityProperties.Date).Description("Event: when it happened.");
    }

    private static string Describe(string key)
    {
        var uses = Enum.GetValues<EntityKind>()
            .SelectMany(kind => RelationKeys.For(kind).Where(k => k.Name == key).Select(k =>
                $"{kind.Token()}: {(k.Incoming ? "these " + k.Type + " it" : k.Type + " these")} ({string.Join("/", k.Targets.Select(t => t.Token()))})"));
        return string.Join("; ", uses) + ".";
    }
}
