using Graph.Api.Claims;
using Graph.Api.Entities;
using Graph.Api.Loading;
using System.Text.Json;
using Graph.Api.Nodes;
using Graph.Api.Reading;
using Graph.Knowledge.Model;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Articles;

public sealed class ArticleType : ObjectGraphType<NodeRecord>
{
    public ArticleType()
    {
        Name = "Article";
        Description = "A published article: where claims appeared.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is NodeRecord node && node.Kind == Labels.Article;
        this.AlwaysFetches("publishedOn"); // lists of articles are sorted by day (ChangesQueries)

        Field<NonNullGraphType<IdGraphType>>("id").Description("The article's unique id.").Reads().Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Description("Its headline, in its language.").Reads("title").Resolve(c => c.Source.Text("title") ?? string.Empty);
        Field<StringGraphType>("url").Description("Where it was published.").Reads("url").Resolve(c => c.Source.Text("url"));
        Field<NonNullGraphType<StringGraphType>>("publishedOn").Description("The day it was published (ISO-8601 date, `2024-11-12`).").Reads("publishedOn").Resolve(c => c.Source.Text("publishedOn") ?? string.Empty);
        Field<StringGraphType>("published").Description("The full publication timestamp, when known (`2024-11-12T16:00:00+07:00`).").Reads("published").Resolve(c => c.Source.Text("published"));
        Field<NonNullGraphType<StringGraphType>>("language").Description("Its language (BCP 47, e.g. `id` for Indonesian).").Reads("language").Resolve(c => c.Source.Text("language") ?? string.Empty);
        Field<StringGraphType>("section").Description("The outlet's section it ran in.").Reads("section").Resolve(c => c.Source.Text("section"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("topics").Description("Its topics.").Reads("topics").Resolve(c => c.Source.Texts("topics"));
        Field<NonNullGraphType<EntityInterface>>("publisher").Description("The outlet that published it.")
            .Projects(s => Linked(s, RelationshipTypes.PublishedBy))
            .Reads().Resolve(c => c.Source.Or(c, links => CypherOrder.ByName(NodeRecord.List(links)).FirstOrDefault(), () => Links(c, RelationshipTypes.PublishedBy).Then(links => links.FirstOrDefault())));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("authors").Description("Who wrote it.")
            .Projects(s => Linked(s, RelationshipTypes.WrittenBy))
            .Reads().Resolve(c => c.Source.Or(c, links => CypherOrder.ByName(NodeRecord.List(links)), () => Links(c, RelationshipTypes.WrittenBy)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("editors").Description("Who edited it.")
            .Projects(s => Linked(s, RelationshipTypes.EditedBy))
            .Reads().Resolve(c => c.Source.Or(c, links => CypherOrder.ByName(NodeRecord.List(links)), () => Links(c, RelationshipTypes.EditedBy)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("cites").Description("The sources the article names (agencies, outlets, people).")
            .Projects(s => Linked(s, RelationshipTypes.Cites))
            .Reads().Resolve(c => c.Source.Or(c, links => CypherOrder.ByName(NodeRecord.List(links)), () => Links(c, RelationshipTypes.Cites)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims").Description("The claims it reports, in the order it reports them (to page or filter them: `Query.claims(reportedIn:)`).")
            .Projects(Claims)
            .Reads().Resolve(c => c.Source.Or(c, ReportedClaims, () => c.Loaders().Load(ArticleCypher.Claims, c.Source.Id).Then(claims => claims.ToList())));
    }

    /// <summary>The things the article links to by <paramref name="type"/>, as the field's selection (sorted by name in C#).</summary>
    private static string Linked(ProjectionScope scope, string type)
    {
        var thing = scope.Variable();
        return $"[({scope.Parent})-[:{type}]->({thing}:{Labels.Entity}) | {scope.Map(thing)}]";
    }

    /// <summary>The claims the article reports, each with the position of a report of it (<see cref="ArticleCypher.Claims"/>).</summary>
    private static string Claims(ProjectionScope scope)
    {
        var (report, claim) = (scope.Variable(), scope.Variable());
        return $"[({scope.Parent})<-[:{RelationshipTypes.In}]-({report}:{Labels.Report})-[:{RelationshipTypes.Reports}]->({claim}:{Labels.Claim}) | {{position: {report}.position, node: {scope.Map(claim)}}}]";
    }

    /// <summary>In the order the article reports them: by the first position, then id.</summary>
    private static List<NodeRecord> ReportedClaims(JsonElement reported) =>
        [.. reported.EnumerateArray()
            .Select(r => (Node: NodeRecord.From(r.GetProperty("node")), Position: r.GetProperty("position")))
            .GroupBy(r => r.Node.Id, StringComparer.Ordinal)
            .Select(g => (g.First().Node, Position: g.Select(r => r.Position).Min(CypherOrder.Values)))
            .OrderBy(r => r.Position, CypherOrder.Values)
            .ThenBy(r => r.Node.Id, StringComparer.Ordinal)
            .Select(r => r.Node)];

    // Only for articles the compiled statement did not fetch (an imported article's outcome, a change's
    // article until the entity side is compiled): a fetched article reads its links from the statement.
    private static GraphQL.DataLoader.IDataLoaderResult<List<NodeRecord>> Links(IResolveFieldContext<NodeRecord> context, string type) =>
        context.Loaders().Load(ArticleCypher.Links, context.Source.Id).Then(links => links.Where(l => l.Type == type).Select(l => l.Node).ToList());
}
