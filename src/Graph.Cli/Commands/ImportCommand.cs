using System.CommandLine;
using Graph.Import;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;
using Spectre.Console;

namespace Graph.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create(CommandContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Seed files or folders, e.g. seed/ or seed/articles/x.yaml.",
            Arity = ArgumentArity.OneOrMore,
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Validate and run the whole import in one transaction that is rolled back: shows exactly what would change, writes nothing.",
        };
        var command = new Command("import", """
            Validate, then import seed files into Neo4j (applying the schema first). Nothing is written
            when any file is invalid; each article is written in one transaction; importing the same
            files again changes nothing; an edited article replaces what it said before. A claim is its
            content: the same content in two articles is one claim. An id that articles outside these
            files already give to a claim cannot name other content. The table counts each node once.
            A value another file gives differently is added beside the first, never over it: the facts
            claims now dispute are listed after the table ("disputed: <thing> <fact>: ...").
            """) { paths, dryRun };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var seed = SeedReader.ReadPaths(parse.GetValue(paths)!);
            if (!await SeedOutput.ReportAsync(seed, context))
            {
                return ExitCodes.InvalidInput;
            }

            using var client = new Neo4jClient(context.Neo4j());
            await new SchemaMigrator(client).MigrateAsync(cancellationToken);
            var importer = new SeedImporter(client);
            var isDryRun = parse.GetValue(dryRun);
            ImportSummary summary;
            try
            {
                summary = await ImportWithProgressAsync(importer, seed, isDryRun, context, cancellationToken);
            }
            catch (ClaimConflictException refused)
            {
                await SeedOutput.ReportAsync(refused.Conflicts, context);
                return ExitCodes.InvalidInput;
            }

            SeedOutput.WriteTable(summary, context.Output, isDryRun ? "dry run: nothing was written" : "imported");
            foreach (var disputed in summary.DisputedFacts)
            {
                await context.Output.WriteLineAsync($"disputed: {disputed}");
            }
            await context.Output.WriteLineAsync($"{(isDryRun ? "would import" : "imported")}: {SeedOutput.Describe(seed)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<ImportSummary> ImportWithProgressAsync(SeedImporter importer, SeedSet seed, bool dryRun, CommandContext context, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Errors) });
        if (!console.Profile.Capabilities.Interactive)
        {
            return await importer.ImportAsync(seed, dryRun, cancellationToken: cancellationToken);
        }

        ImportSummary? summary = null;
        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask("importing", maxValue: seed.Articles.Count + 1);
            var report = new Progress<ImportProgress>(p =>
            {
                task.MaxValue = p.Total;
                task.Value = p.Done;
                task.Description = p.Current;
            });
            summary = await importer.ImportAsync(seed, dryRun, report, cancellationToken);
        });
        return summary!;
    }
}
