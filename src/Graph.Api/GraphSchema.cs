using Graph.Api.Claims;
using Graph.Api.Entities;
using GraphQL.Types;

namespace Graph.Api;

/// <summary>The served schema; <c>schema/graph.graphql</c> is its printed form and the contract clients rely on.</summary>
public sealed class GraphSchema : Schema
{
    public GraphSchema(IServiceProvider services)
        : base(services)
    {
        Description = "The geopolitical event graph: things, the claims made about them, and where each claim comes from.";
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();

        // Reached only through the Node and Entity interfaces, so named here.
        RegisterType(typeof(CountryType));
        RegisterType(typeof(PersonType));
        RegisterType(typeof(OrganizationType));
        RegisterType(typeof(PlaceType));
        RegisterType(typeof(TreatyType));
        RegisterType(typeof(DeploymentType));
        RegisterType(typeof(EventType));
        RegisterType(typeof(ReportType));
    }
}
