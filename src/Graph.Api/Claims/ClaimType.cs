using Graph.Api.Articles;
using Graph.Api.Entities;
using Graph.Api.Loading;
using Graph.Api.Nodes;
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

        Field<NonNullGraphType<IdGraphType>>("id").Description("The claim's unique id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("statement").Description("The fact claimed, in English.").Resolve(c => c.Source.Text("statement") ?? string.Empty);
        Field<StringGraphType>("quote").Description("Verbatim from its earliest report, in the article's language.")
            .Resolve(c => Reports(c).Then(reports => reports.Select(r => r.Report.Text("quote")).FirstOrDefault(q => q is not null)));
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
            .Resolve(c => c.Loaders().Load(ClaimCypher.About, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("attributedTo")
            .Description("Who asserted it in the first place, over all its reports.")
            .Resolve(c => Reports(c).Then(reports => Distinct(reports.SelectMany(r => r.OriginatedBy))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("via")
            .Description("Who relayed it between the asserter and the article, in order (over all its reports, earliest report first).")
            .Resolve(c => Reports(c).Then(reports => Distinct(reports.SelectMany(r => r.Via.Select(v => v.Entity)))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleType>>>>("reportedIn")
            .Description("The articles that reported it, earliest first.")
            .Resolve(c => Reports(c).Then(reports => Distinct(reports.Select(r => r.Article))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportType>>>>("reports")
            .Description("Each appearance of the claim in an article, earliest first: the quote, its originators, its relays and how it was relayed.")
            .Resolve(c => Reports(c));
        Field<NonNullGraphType<IntGraphType>>("independentAsserters")
            .Description("How many distinct originators back it over all its reports. Echoes are not corroboration: ten articles quoting one agency count 1.")
            .Resolve(c => Reports(c).Then(reports => reports.SelectMany(r => r.OriginatedBy).Select(o => o.Id).Distinct().Count()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("disagreesWith")
            .Description("Other claims about the same thing with the same predicate and unit that give a different figure (\"tens of thousands\" against \"up to 12,000\").")
            .Resolve(c => c.Loaders().Load(ClaimCypher.Disagreeing, c.Source.Id));
    }

    private static IDataLoaderResult<IReadOnlyList<ReportRecord>> Reports(IResolveFieldContext<NodeRecord> context) =>
        context.Loaders().Load(ClaimCypher.Reports, context.Source.Id);

    private static List<NodeRecord> Distinct(IEnumerable<NodeRecord> nodes) => [.. nodes.DistinctBy(n => n.Id)];
}
