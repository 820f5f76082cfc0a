using Graph.Knowledge.Model;
using GraphQL.Types;

namespace Graph.Api.Imports;

public sealed class StanceType : EnumerationGraphType
{
    public StanceType()
    {
        Name = "Stance";
        Description = "Whether the source asserts the statement or denies it.";
        Add("ASSERTED", Tokens.Of(Stance.Asserted), "The source says it is so (the default).");
        Add("DENIED", Tokens.Of(Stance.Denied), "The source says it is not so (\"Pyongyang denied sending troops\").");
    }
}
