using Graph.Api.Articles;
using Graph.Api.Entities;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Api.Reading;
using Graph.Knowledge.Model;
using GraphQL.Types;

namespace Graph.Api.Claims;

public sealed class ReportType : ObjectGraphType<ReportRecord>
{
    public ReportType()
    {
        Name = "Report";
        Description = "One appearance of a claim in one article: the verbatim quote, who originated it, who relayed it and how.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is ReportRecord;

        Field<NonNullGraphType<IdGraphType>>("id").Description("The report's unique id.").Resolve(c => c.Source.Report.Id);
        Field<NonNullGraphType<ArticleType>>("article").Description("The article it appeared in.").Projects(s => Single(s, $"({s.Parent})-[:{RelationshipTypes.In}]->", Labels.Article))
            .Resolve(c => c.Source.Report.TryFetched(c, out var article) ? NodeRecord.FromNullable(article) : c.Source.Article);
        Field<NonNullGraphType<StringGraphType>>("statement").Description("The claim in one English sentence, as this article's file words it.").Resolve(c => c.Source.Report.Text("statement") ?? string.Empty);
        Field<StringGraphType>("claimName").Description("The id the article file gives the claim.").Resolve(c => c.Source.Report.Text("claimName"));
        Field<NonNullGraphType<StringGraphType>>("quote").Description("Verbatim from the article, in its language.").Resolve(c => c.Source.Report.Text("quote") ?? string.Empty);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("originatedBy")
            .Description("Who asserted it in the first place (several for \"US, South Korean and Ukrainian intelligence\").").Projects(s => ClaimProjections.Originators(s, s.Parent))
            .Resolve(c => c.Source.Report.TryFetched(c, out var originators) ? ClaimProjections.ByName(originators).ToList() : c.Source.OriginatedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("via")
            .Description("Who relayed it between the originator and the article, in order.").Projects(s => ClaimProjections.Relays(s, s.Parent))
            .Resolve(c => (c.Source.Report.TryFetched(c, out var relays) ? ClaimProjections.Chain(relays) : c.Source.Via).Select(v => v.Entity).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelayType>>>>("relays")
            .Description("The relay chain with how each link passed it on.").Projects(s => ClaimProjections.Relays(s, s.Parent, "entity"))
            .Resolve(c => c.Source.Report.TryFetched(c, out var relays) ? ClaimProjections.Chain(relays) : c.Source.Via);
        Field<NonNullGraphType<StringGraphType>>("how").Description("How the article carries it: quoted, paraphrased or translated.").Resolve(c => c.Source.Report.Text("how") ?? "paraphrased");
        Field<IntGraphType>("position").Description("Its order among the article's reports.").Resolve(c => c.Source.Report.Number("position") is { } p ? (int)p : null);
        Field<NonNullGraphType<ClaimType>>("claim").Description("The claim this report carries.")
            .Projects(s => Single(s, $"({s.Parent})-[:{RelationshipTypes.Reports}]->", Labels.Claim))
            .Resolve(c => c.Source.Report.Or(c, NodeRecord.FromNullable, () => c.Loaders().Load(ClaimCypher.ReportClaim, c.Source.Report.Id).Then(claims => (NodeRecord?)claims[0])));

        // The properties a compiled map of a report carries (ProjectionExtensions.Reads): what the selected fields read, and its quote (a caption).
        this.ReadsProperties("quote");
        foreach (var (field, properties) in new (string, string[])[] { ("id", []), ("article", []), ("statement", ["statement"]), ("claimName", ["claimName"]), ("quote", ["quote"]),
            ("originatedBy", []), ("via", []), ("relays", []), ("how", ["how"]), ("position", ["position"]), ("claim", []) })
        {
            this.Reads(field, properties);
        }
    }

    /// <summary>The one node at the end of <paramref name="pattern"/>, as the field's selection.</summary>
    private static string Single(ProjectionScope scope, string pattern, string label)
    {
        var node = scope.Variable();
        return $"head([{pattern}({node}:{label}) | {scope.Map(node)}])";
    }
}
