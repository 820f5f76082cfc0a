using GraphQL.Types;

namespace Graph.Api.Imports;

public sealed class AliasInputType : InputObjectGraphType
{
    public AliasInputType()
    {
        Name = "AliasInput";
        Description = "Other names of a thing in one language.";
        Field<NonNullGraphType<StringGraphType>>("language").Description("BCP 47 language tag: `id`, `en`, `ko` ...");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("names").Description("The names in that language: `Korea Utara`.");
    }
}
