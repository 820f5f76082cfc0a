using Graph.Import;
using Graph.Knowledge.Seed;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>How problems and summaries are printed: problems as <c>file:line:column: message</c>, one per line, on standard error.</summary>
internal static class SeedOutput
{
    public static async Task<bool> ReportAsync(SeedSet seed, CommandContext context)
    {
        foreach (var warning in seed.Warnings)
        {
            await context.Errors.WriteLineAsync($"{warning} (warning)");
        }

        foreach (var problem in seed.Problems)
        {
            await context.Errors.WriteLineAsync(problem.ToString());
        }

        if (!seed.IsValid)
        {
            await NothingWrittenAsync(seed.Problems.Count, context);
        }

        return seed.IsValid;
    }

    /// <summary>Claims the import would have redefined, as <c>file: claims[i]: message</c>.</summary>
    public static async Task ReportAsync(IReadOnlyList<ClaimConflict> conflicts, CommandContext context)
    {
        foreach (var conflict in conflicts)
        {
            await context.Errors.WriteLineAsync($"{conflict.SourceFile}: claims[{conflict.Index}]: {conflict.Message}");
        }

        await NothingWrittenAsync(conflicts.Count, context);
    }

    private static Task NothingWrittenAsync(int problems, CommandContext context) =>
        context.Errors.WriteLineAsync($"{problems} problem(s); nothing was written.");

    public static string Describe(SeedSet seed) =>
        $"{seed.Entities.Count} shared things, {seed.Articles.Count} article(s), {seed.Articles.Sum(a => a.Claims.Count)} claim report(s)";

    public static void WriteTable(ImportSummary summary, TextWriter output, string title)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Detect });
        var table = new Table().Title(title).AddColumns("kind", "created", "updated", "unchanged", "removed");
        foreach (var kind in summary.Kinds)
        {
            table.AddRow([kind, .. Enum.GetValues<ChangeKind>().Select(change =>
                summary.Count(kind, change).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }

        console.Write(table);
    }
}
