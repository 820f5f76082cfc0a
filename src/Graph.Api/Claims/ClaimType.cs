using System.Text.Json;
using Graph.Api.Articles;
using Graph.Api.Entities;
using Graph.Api.History;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Api.Reading;
using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Graph.Api.Claims;

public sealed class ClaimType : ObjectGraphType<NodeRecord>
{
    public ClaimType()
    {
        Name = "Claim";
        Description = "Something said about things (\"North Korea sent up to 12,000 troops to Russia\"), with who asserted it, who relayed it and where it was published. Claims that disagree both stay.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is NodeRecord node && node.Kind == Labels.Claim;

        Field<NonNullGraphType<IdGraphType>>("id").Description("The claim's unique id, derived from its content (`key`): the same statement from any article is one claim.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("key").Description("The claim's content in canonical form: predicate, the things it is about, value, quantity, time and stance. Two reports with the same key are one claim, whatever their wording.")
            .Resolve(c => c.Source.Text(ClaimFields.Key) ?? string.Empty);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("names").Description("The ids article files give this claim (each also finds it with `node(id:)`).")
            .Resolve(c => c.Source.Texts(ClaimFields.Names));
        Field<NonNullGraphType<StringGraphType>>("statement").Description("The fact claimed, in English, as its earliest report words it (each report has its own `statement`).").Resolve(c => c.Source.Text(ClaimFields.Statement) ?? string.Empty);
        Field<StringGraphType>("quote").Description("Verbatim from its earliest report, in the article's language.")
            .Projects(s => ClaimProjections.Reports(s, (report, _) => $"{report}.quote"))
            .Resolve(c => c.Source.Or(c,
                reports => ClaimProjections.EarliestFirst(reports).Select(q => q.ValueKind == JsonValueKind.String ? q.GetString() : null).FirstOrDefault(q => q is not null),
                () => Reports(c).Then(reports => reports.Select(r => r.Report.Text("quote")).FirstOrDefault(q => q is not null))));
        Field<QuantityType>("quantity").Description("The figure the claim gives, if any.")
            .Resolve(c => QuantityType.HasQuantity(c.Source) ? c.Source : null);
        Field<StringGraphType>("predicate").Description("What kind of statement it is (e.g. `troops-sent`); claims with the same predicate about the same thing can be compared.").Resolve(c => c.Source.Text("predicate"));
        Field<StringGraphType>("value").Description("A non-numeric value the claim gives, as text.").Resolve(c => c.Source.Text("value"));
        Field<NonNullGraphType<StringGraphType>>("stance").Description("`asserted`, or `denied` when the source denies it.").Resolve(c => c.Source.Text("stance") ?? "asserted");
        Field<StringGraphType>("time").Description("The time the claim refers to (ISO-8601 date with its precision).").Resolve(c => c.Source.Text("time"));
        Field<IntGraphType>("credibility").Description("Information credibility on the Admiralty scale, 1 (confirmed by independent sources) to 6 (cannot be judged), when graded.")
            .Resolve(c => c.Source.Number("credibility") is { } value ? (int)value : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("about")
            .Description("The deployment, treaty, event or things the claim concerns.")
            .Projects(s => Projected(s, $"({s.Parent})-[:{RelationshipTypes.About}]->", Labels.Entity))
            .Resolve(c => c.Source.Or(c, about => CypherOrder.ByName(NodeRecord.List(about)), () => c.Loaders().Load(ClaimCypher.About, c.Source.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("attributedTo")
            .Description("Who asserted it in the first place, over all its reports.")
            .Projects(s => ClaimProjections.Reports(s, (report, _) => ClaimProjections.Originators(s, report)))
            .Resolve(c => c.Source.Or(c,
                reports => Distinct(ClaimProjections.EarliestFirst(reports).SelectMany(ClaimProjections.ByName)),
                () => Reports(c).Then(reports => Distinct(reports.SelectMany(r => r.OriginatedBy)))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("via")
            .Description("Who relayed it between the asserter and the article, in order (over all its reports, earliest report first).")
            .Projects(s => ClaimProjections.Reports(s, (report, _) => ClaimProjections.Relays(s, report)))
            .Resolve(c => c.Source.Or(c,
                reports => Distinct(ClaimProjections.EarliestFirst(reports).SelectMany(r => ClaimProjections.Chain(r).Select(v => v.Entity))),
                () => Reports(c).Then(reports => Distinct(reports.SelectMany(r => r.Via.Select(v => v.Entity))))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleType>>>>("reportedIn")
            .Description("The articles that reported it, earliest first.")
            .Projects(s => ClaimProjections.Reports(s, (_, article) => s.Map(article)))
            .Resolve(c => c.Source.Or(c,
                reports => Distinct(ClaimProjections.EarliestFirst(reports).Select(NodeRecord.From)),
                () => Reports(c).Then(reports => Distinct(reports.Select(r => r.Article!)))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportType>>>>("reports")
            .Description("Each appearance of the claim in an article, earliest first: the quote, its originators, its relays and how it was relayed.")
            .Projects(s => ClaimProjections.Reports(s, (report, _) => s.Map(report)))
            .Resolve(c => c.Source.Or(c,
                reports => ClaimProjections.EarliestFirst(reports).Select(r => ReportRecord.Fetched(NodeRecord.From(r))).ToList(),
                () => Reports(c).Then(reports => reports.ToList())));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("independentOrigins")
            .Description("The distinct top-level actors behind the claim's reports. Each originator counts as the state or organization it belongs to, " +
                "following MEMBER_OF, PART_OF, AFFILIATED_WITH and LEADER_OF to the top (Antony Blinken, the State Department and the United States are one origin; " +
                "where several tops are reached, a country first, then the nearest). A joint attribution in one sentence (\"US, South Korean and Ukrainian intelligence\") " +
                "gives one origin per distinct top-level actor. A relay is never an origin, and an outlet's own unattributed sentence counts only as that outlet.")
            .Projects(s => ClaimProjections.Origins(s, selected: true))
            .Resolve(c => c.Source.Or(c, ClaimProjections.TopLevel, () => AsOf.Load(c, ClaimCypher.Origins, c.Source.Id).Then(origins => origins.ToList())));
        Field<NonNullGraphType<IntGraphType>>("independentAsserters")
            .Description("How many independent origins back it: the length of `independentOrigins`. Echoes are not corroboration: ten articles quoting one agency count 1.")
            .Projects(s => ClaimProjections.Origins(s, selected: false))
            .Resolve(c => c.Source.Or(c, origins => ClaimProjections.TopLevel(origins).Count, () => AsOf.Load(c, ClaimCypher.Origins, c.Source.Id).Then(origins => origins.Count)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimRelationType>>>>("relations")
            .Description("How this claim stands to each claim with the same predicate about at least one of the same things: SAME, REFINES, REFINED_BY, AGREES or DISAGREES, with the reason. " +
                "Claims about clearly different times are unrelated (a claim without a time is read as not saying when: any time fits it). Unrelated claims are left out.")
            .Projects(s => ClaimProjections.Candidates(s, "claim"))
            .Resolve(c => c.Source.Or(c, fetched => ClaimProjections.Relations(c.Source, fetched), () => Relations(c)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("disagreesWith")
            .Description("The claims this one DISAGREES with (see `relations`): a denial of what it asserts, a figure that excludes its figure (\"thousands\" against \"more than 15,000\"), another date for the same one-time event.")
            .Projects(s => ClaimProjections.Candidates(s))
            .Resolve(c => c.Source.Or(c,
                fetched => Disagreeing(ClaimProjections.Relations(c.Source, fetched)),
                () => Relations(c).Then(Disagreeing)));

        // The properties a compiled map of a claim carries (ProjectionExtensions.Reads): besides what the selected
        // fields read, its statement (a caption); the claims compared with it carry their definition, which ClaimPair decides on.
        this.ReadsProperties(ClaimFields.Statement);
        string[] definition = [ClaimFields.Predicate, ClaimFields.Value, ClaimFields.QuantityValue, ClaimFields.QuantityLow, ClaimFields.QuantityHigh,
            ClaimFields.QuantityUnit, ClaimFields.QuantityQualifier, ClaimFields.Stance, ClaimFields.Time];
        this.ReadsOfItems("relations", definition);
        this.ReadsOfItems("disagreesWith", definition);
        foreach (var field in new[] { "id", "quote", "about", "attributedTo", "via", "reportedIn", "reports", "independentOrigins", "independentAsserters" })
        {
            this.Reads(field);
        }

        foreach (var (field, property) in new[] { ("key", ClaimFields.Key), ("names", ClaimFields.Names), ("predicate", "predicate"), ("value", "value"), ("stance", "stance"), ("time", "time"), ("credibility", "credibility") })
        {
            this.Reads(field, property);
        }

        this.Reads("quantity", ClaimFields.QuantityValue, ClaimFields.QuantityLow, ClaimFields.QuantityHigh, ClaimFields.QuantityUnit, ClaimFields.QuantityQualifier);
        this.Reads("statement", ClaimFields.Statement);
    }

    private static List<NodeRecord> Disagreeing(List<ClaimRelationRecord> relations) =>
        [.. relations.Where(r => r.Kind == ClaimRelationKind.Disagrees).Select(r => r.Claim)];

    private static IDataLoaderResult<List<ClaimRelationRecord>> Relations(IResolveFieldContext<NodeRecord> context) =>
        AsOf.Load(context, ClaimCypher.Candidates, context.Source.Id).Then(pairs => pairs.Select(p => p.Relation()).OfType<ClaimRelationRecord>().ToList());

    // The loaders below answer only for claims the compiled statement did not fetch: those reached
    // through fields that declare no projection yet (the entity side's Entity.claims, Fact.supportedBy,
    // Change.claim until they are compiled). A claim of a compiled statement reads what it fetched.
    private static IDataLoaderResult<IReadOnlyList<ReportRecord>> Reports(IResolveFieldContext<NodeRecord> context) =>
        AsOf.Load(context, ClaimCypher.Reports, context.Source.Id);

    /// <summary>The nodes at the end of <paramref name="pattern"/> (a pattern up to the last node), each as the field's selection.</summary>
    private static string Projected(ProjectionScope scope, string pattern, string label)
    {
        var node = scope.Variable();
        return $"[{pattern}({node}:{label}) | {scope.Map(node)}]";
    }

    private static List<NodeRecord> Distinct(IEnumerable<NodeRecord> nodes) => [.. nodes.DistinctBy(n => n.Id)];
}
