using GraphQL.Types;

namespace Graph.Api.Imports;

public sealed class RelayInputType : InputObjectGraphType
{
    public RelayInputType()
    {
        Name = "RelayInput";
        Description = "One relay between the originator and the article (seed key `via`).";
        Field<NonNullGraphType<StringGraphType>>("id").Description("Who relayed it: an id, or a name or alias already in the graph.");
        Field<RelayModeType>("how").Description("How it passed the words on; PARAPHRASED unless said otherwise.");
    }
}
