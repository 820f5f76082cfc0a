using Graph.Knowledge.Seed;
using GraphQL.Types;

namespace Graph.Api.Imports;

public sealed class ImportWarningType : ObjectGraphType<SeedProblem>
{
    public ImportWarningType()
    {
        Name = "ImportWarning";
        Description = "Something the import accepted but an analyst should check, e.g. a name that fits several things.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The input field it is about, e.g. `input.claims[0].from[1]`.").Resolve(c => ArticleInputText.FieldOf(c.Source));
        Field<NonNullGraphType<StringGraphType>>("message").Description("What to check.").Resolve(c => c.Source.Message);
    }
}
