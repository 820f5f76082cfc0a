using GraphQL.Types;

namespace Graph.Api.Imports;

public sealed class GradeInputType : InputObjectGraphType
{
    public GradeInputType()
    {
        Name = "GradeInput";
        Description = "An Admiralty grade with who gave it and when: credibility 1-6 on a claim, reliability A-F on a source.";
        Field<NonNullGraphType<StringGraphType>>("value").Description("1-6 for a claim's credibility, A-F for a source's reliability.");
        Field<NonNullGraphType<StringGraphType>>("by").Description("Who graded it (an analyst or team).");
        Field<NonNullGraphType<StringGraphType>>("date").Description("When, as YYYY-MM-DD.");
    }
}
