using Graph.Api.Claims;
using Graph.Api.Entities;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Graph.Api;

/// <summary>The served schema; <c>schema/graph.graphql</c> is its printed form and the contract clients rely on.</summary>
public sealed class GraphSchema : Schema
{
    public GraphSchema(IServiceProvider services)
        : base(services)
    {
        // Every standard client's introspection query asks for these (graphql-js getIntrospectionQuery with
        // directiveIsRepeatable and inputValueDeprecation): `__Directive.isRepeatable`, `includeDeprecated` on args.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
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

    /// <summary>
    /// Completes GraphQL.NET 8's introspection types to what graphql-js's full introspection query asks
    /// (<c>specifiedByUrl</c>, <c>inputValueDeprecation</c>): <c>__Type.specifiedByURL</c> and
    /// <c>__Directive.args(includeDeprecated:)</c>, which GraphQL.NET 8.8.5 lacks.
    /// </summary>
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        if (graphType is not IObjectGraphType introspection)
        {
            return;
        }

        if (introspection.Name == "__Type" && !introspection.HasField("specifiedByURL"))
        {
            introspection.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Description = "The URL of the specification a custom scalar follows; none of this schema's scalars names one.",
                Type = typeof(StringGraphType),
                Resolver = new FuncFieldResolver<string?>(_ => null),
            });
        }

        if (introspection.Name == "__Directive" && introspection.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            // Accepted so clients that ask may ask; no directive of this schema has a deprecated argument, so it filters nothing.
            args.Arguments ??= [];
            args.Arguments.Add(new QueryArgument<BooleanGraphType>
            {
                Name = "includeDeprecated",
                Description = "Also list deprecated arguments.",
                DefaultValue = false,
            });
        }
    }
}
