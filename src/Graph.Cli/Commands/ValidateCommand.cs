using System.CommandLine;
using Graph.Knowledge.Seed;

namespace Graph.Cli.Commands;

internal static class ValidateCommand
{
    public static Command Create(CommandContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Seed files or folders (folders are searched for *.yaml and *.yml; an article's sibling entities/ folder is read too).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", """
            Check seed files without touching Neo4j: every problem in every file is reported at once,
            as file:line:column: message. Exit code 1 when any file is invalid.
            """) { paths };
        command.SetAction(async (parse, _) =>
        {
            var seed = SeedReader.ReadPaths(parse.GetValue(paths)!);
            if (!await SeedOutput.ReportAsync(seed, context))
            {
                return ExitCodes.InvalidInput;
            }

            await context.Output.WriteLineAsync($"valid: {SeedOutput.Describe(seed)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
