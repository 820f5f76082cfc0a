using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>Registers one <see cref="Neo4jClient"/>, its read path <see cref="Neo4jReader"/> and the <see cref="SchemaMigrator"/>, configured by <see cref="ReadOptions"/>.</summary>
    public static IServiceCollection AddNeo4j(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ReadOptions(configuration);
        services.AddSingleton(options);
        services.AddSingleton(sp => new Neo4jClient(options, sp.GetService<ILogger<Neo4jClient>>()));
        services.AddSingleton(sp => new Neo4jReader(sp.GetRequiredService<Neo4jClient>()));
        services.AddSingleton<SchemaMigrator>();
        return services;
    }

    /// <summary>
    /// The <c>Neo4j</c> section (<c>Neo4j:Uri</c>, <c>Neo4j:User</c>, <c>Neo4j:Password</c>, <c>Neo4j:Database</c>),
    /// overridden by <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c> when set.
    /// </summary>
    public static Neo4jOptions ReadOptions(IConfiguration configuration)
    {
        var options = new Neo4jOptions();
        configuration.GetSection(Neo4jOptions.Section).Bind(options);
        if (configuration["NEO4J_URI"] is { Length: > 0 } uri)
        {
            options.Uri = new Uri(uri);
        }

        options.User = configuration["NEO4J_USER"] is { Length: > 0 } user ? user : options.User;
        options.Password = configuration["NEO4J_PASSWORD"] ?? options.Password;
        options.Database = configuration["NEO4J_DATABASE"] is { Length: > 0 } database ? database : options.Database;
        return options;
    }
}
