using GraphQL.Types;

namespace Graph.Api.Imports;

public sealed class ArticleInputType : InputObjectGraphType
{
    public ArticleInputType()
    {
        Name = "ArticleInput";
        Description = "An article to import: the keys of an article file under seed/articles (docs/seed-format.md), as GraphQL input. " +
            "References (publisher, authors, about, from, via ...) are ids, or names or aliases of things already in the graph or declared here.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Its slug, e.g. `2024-11-12-jatimtimes-rusia-korea-utara-aliansi`. Importing the same id again replaces what the article said before.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("The headline as published.");
        Field<StringGraphType>("url").Description("An http(s) address.");
        Field<NonNullGraphType<StringGraphType>>("publisher").Description("The outlet (an organisation).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("authors").Description("People who wrote it.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("editors").Description("People who edited it.");
        Field<NonNullGraphType<StringGraphType>>("published").Description("A full timestamp with offset (`2024-11-12T16:00:00+07:00`) or at least the day.");
        Field<NonNullGraphType<StringGraphType>>("language").Description("BCP 47 tag of the article, e.g. `id`.");
        Field<StringGraphType>("section").Description("The outlet's section.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("topics").Description("Topic tags as the outlet lists them.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("cites").Description("Sources the article names.");
        Field<ListGraphType<NonNullGraphType<ThingInputType>>>("declares").Description("Things only this article knows.");
        Field<ListGraphType<NonNullGraphType<ClaimInputType>>>("claims").Description("Its claims, in article order.");
    }
}
