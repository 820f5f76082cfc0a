using Graph.Api.Entities;
using GraphQL.Types;

namespace Graph.Api.Claims;

public sealed class RelayType : ObjectGraphType<RelayRecord>
{
    public RelayType()
    {
        Name = "Relay";
        Description = "One link of a report's chain between the originator and the article.";
        Field<NonNullGraphType<EntityInterface>>("entity").Description("Who passed the claim on (e.g. NTV).").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<IntGraphType>>("order").Description("Its place in the chain, 1 closest to the originator.").Resolve(c => c.Source.Order == int.MaxValue ? 0 : c.Source.Order);
        Field<StringGraphType>("how").Description("quoted, paraphrased or translated.").Resolve(c => c.Source.How);
    }
}
