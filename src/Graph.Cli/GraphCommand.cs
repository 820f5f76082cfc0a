using System.CommandLine;
using Graph.Cli.Commands;
using Graph.Neo4j;
using Graph.Neo4j.Errors;
using Microsoft.Extensions.Configuration;

namespace Graph.Cli;

/// <summary>The <c>graph</c> command line: validate, import, migrate, retract.</summary>
public static class GraphCommand
{
    public const string Epilog = """
        Neo4j settings come from the environment: NEO4J_URI (the HTTP address, default http://127.0.0.1:7474),
        NEO4J_USER (default neo4j), NEO4J_PASSWORD, NEO4J_DATABASE (default neo4j; Neo4j 4 and 5 only).
        Exit codes: 0 success, 1 invalid input, 2 wrong usage, 3 Neo4j unreachable.
        """;

    /// <param name="neo4j">where Neo4j is; by default read from the environment when a command first needs it.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, Func<Neo4jOptions>? neo4j = null)
    {
        var root = new RootCommand("""
            graph: validate and import seed articles into the geopolitical event graph.

            """ + Epilog);
        var context = new CommandContext(output, errors, neo4j ?? (() => Neo4jServiceCollectionExtensions.ReadOptions(
            new ConfigurationBuilder().AddEnvironmentVariables().Build())));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(MigrateCommand.Create(context));
        root.Subcommands.Add(RetractCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await errors.WriteLineAsync($"graph: {error.Message}");
            }

            await errors.WriteLineAsync("Run 'graph --help' for usage.");
            return ExitCodes.WrongUsage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false });
        }
        catch (Neo4jUnavailableException error)
        {
            await errors.WriteLineAsync(error.Message);
            return ExitCodes.Neo4jUnreachable;
        }
        catch (Neo4jAuthenticationException error)
        {
            await errors.WriteLineAsync($"Neo4j at {context.Neo4j().Uri} refused the credentials: {error.Neo4jMessage}");
            return ExitCodes.Neo4jUnreachable;
        }
        catch (Neo4jException error)
        {
            // A Neo4j error we did not expect: say what it is, without a stack trace.
            await errors.WriteLineAsync($"Neo4j reported an error: {error.Message}");
            return ExitCodes.Neo4jUnreachable;
        }
    }
}
