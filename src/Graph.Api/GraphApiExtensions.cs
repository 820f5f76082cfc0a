using Graph.Api.Errors;
using Graph.Api.Http;
using Graph.Api.Limits;
using Graph.Api.Loading;
using Graph.Import;
using Graph.Neo4j;
using GraphQL;
using GraphQL.Execution;

namespace Graph.Api;

public static class GraphApiExtensions
{
    /// <summary>Neo4j, the GraphQL schema with its limits and error handling, and the per-request loaders.</summary>
    public static WebApplicationBuilder AddGraphApi(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        builder.Services.Configure<ApiOptions>(builder.Configuration.GetSection(ApiOptions.Section));
        builder.Services.AddNeo4j(builder.Configuration);
        builder.Services.AddGraphRateLimits(options);
        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddScoped<Reading.ReadBatch>();
        builder.Services.AddSingleton<SeedImporter>();
        builder.Services.AddSingleton<QueryDocument>();
        builder.Services.AddSingleton(new Reading.CompiledStatements(options.CompiledStatements,
            Environment.GetEnvironmentVariable(Reading.CompiledStatements.VerifyVariable) == "1"));
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<GraphSchema>()
            .AddGraphTypes(typeof(GraphSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<ApiErrorInfoProvider>()
            .AddValidationRule<FieldSelectionLimitRule>()
            .AddValidationRule<OperationLimitsRule>()
            .AddValidationRule<PageSizeRule>()
            .AddValidationRule<QueriesOnlyOverGetRule>()
            .AddValidationRule<ImportKeyRule>()
            .AddUnhandledExceptionHandler(context =>
                UnhandledErrors.Handle(context, context.ExecutionOptions.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger("Graph.Api.GraphQL"))));
        return builder;
    }

    /// <summary><c>/graphql</c> (API and IDE), <c>/explore</c> (graph view), <c>/health</c> and the front end's static files.</summary>
    public static WebApplication MapGraphApi(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.Map("/graphql", GraphQLEndpoint.HandleAsync);
        app.MapGet("/explore", (HttpContext http) => StaticPages.SendAsync(http, StaticPages.Explore));
        app.MapGet("/health", HealthEndpoint.HandleAsync);
        app.MapGet("/", () => Results.Redirect("/graphql"));
        return app;
    }
}
