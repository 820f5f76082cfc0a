using System.CommandLine;
using Graph.Import;
using Graph.Neo4j.Client;

namespace Graph.Cli.Commands;

internal static class RetractCommand
{
    public static Command Create(CommandContext context)
    {
        var id = new Argument<string>("article-id") { Description = "The id of the article to remove, e.g. jatimtimes-2024-11-12-russia-north-korea-alliance." };
        var command = new Command("retract", """
            Remove an article from the graph: its reports, the claims only it reported and the things it
            declared that nothing else uses. Shared things stay. Exit code 1 when there is no such article.
            """) { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var articleId = parse.GetValue(id)!;
            using var client = new Neo4jClient(context.Neo4j());
            var summary = await new SeedImporter(client).RetractAsync(articleId, cancellationToken);
            if (summary.Count("Article", ChangeKind.Removed) == 0)
            {
                await context.Errors.WriteLineAsync($"no article '{articleId}' in the graph; nothing was removed.");
                return ExitCodes.InvalidInput;
            }

            SeedOutput.WriteTable(summary, context.Output, $"retracted {articleId}");
            return ExitCodes.Success;
        });
        return command;
    }
}
