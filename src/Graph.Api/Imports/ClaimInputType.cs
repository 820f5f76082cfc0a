using GraphQL.Types;

namespace Graph.Api.Imports;

public sealed class ClaimInputType : InputObjectGraphType
{
    public ClaimInputType()
    {
        Name = "ClaimInput";
        Description = "A claim plus this article's report of it, as an item of `claims` in an article file. " +
            "The same claim in another article uses the same id and must be defined the same way; only the report fields (quote, from, via, how) may differ.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Its slug; names one claim everywhere.");
        Field<NonNullGraphType<StringGraphType>>("statement").Description("The claim in one English sentence.");
        Field<NonNullGraphType<StringGraphType>>("predicate").Description("What kind of statement, as a slug: `troops-sent`, `ratified`, `obliges` ...");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("about").Description("The things it concerns: ids, or names or aliases already in the graph.");
        Field<StringGraphType>("value").Description("A textual value.");
        Field<QuantityInputType>("quantity").Description("A figure.");
        Field<StanceType>("stance").Description("ASSERTED unless said otherwise.");
        Field<StringGraphType>("time").Description("The date the claim refers to, with its precision (`2024-11`).");
        Field<GradeInputType>("credibility").Description("Admiralty credibility 1-6.");
        Field<NonNullGraphType<StringGraphType>>("quote").Description("The article's verbatim words, in its language.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("from").Description("Who asserted it: the sources the article names. None for \"reports say\".");
        Field<ListGraphType<NonNullGraphType<RelayInputType>>>("via").Description("Who relayed it between the originator and the article, in order.");
        Field<RelayModeType>("how").Description("How the article carries the words; PARAPHRASED unless said otherwise.");
    }
}
