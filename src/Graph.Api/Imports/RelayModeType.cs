using Graph.Knowledge.Model;
using GraphQL.Types;

namespace Graph.Api.Imports;

public sealed class RelayModeType : EnumerationGraphType
{
    public RelayModeType()
    {
        Name = "RelayMode";
        Description = "How words were passed on: by an article from its source, or by a relay from the one before it.";
        Add("QUOTED", Tokens.Of(RelayMode.Quoted), "Word for word.");
        Add("PARAPHRASED", Tokens.Of(RelayMode.Paraphrased), "In other words (the default).");
        Add("TRANSLATED", Tokens.Of(RelayMode.Translated), "Into another language.");
    }
}
