using System.CommandLine;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;

namespace Graph.Cli.Commands;

internal static class MigrateCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("migrate", """
            Apply schema/neo4j/*.cypher (uniqueness constraints and indexes) to Neo4j. Idempotent;
            translated to the Neo4j 3 forms when the server is Neo4j 3. Then fill in, only where missing,
            what a graph imported by an older version lacks: the folded search text (Claim.statementLower,
            Entity.searchText) and the reports' sort keys (Report.sortKey; docs/model.md).
            """);
        command.SetAction(async (_, cancellationToken) =>
        {
            using var client = new Neo4jClient(context.Neo4j());
            var result = await new SchemaMigrator(client).MigrateAsync(cancellationToken);
            await context.Output.WriteLineAsync($"schema applied: {result.StatementsApplied} statements on Neo4j {result.Server.Version} ({result.Server.Edition})");
            return ExitCodes.Success;
        });
        return command;
    }
}
