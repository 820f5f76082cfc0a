using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Knowledge.Seed;

/// <summary>
/// Loads the single YAML document of a seed file, or reports why it cannot, at the best position
/// known: YamlDotNet's own, the first use of an unknown anchor, or the last event it read.
/// </summary>
internal static partial class SeedYamlLoader
{
    public static YamlNode? Load(string text, SeedSource source)
    {
        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            // YamlDotNet prefixes its message with the positions, which our own prefix already shows.
            var message = PositionPrefix().Replace(ex.Message, string.Empty);

            // An unknown anchor is reported without a position (aliases resolve at the document's end): find its first use.
            var (line, column) = ex.Start.Index > 0 ? ((int)ex.Start.Line, (int)ex.Start.Column)
                : ex is AnchorNotFoundException && AnchorName().Match(message) is { Success: true } anchor ? PositionOf(text, "*" + anchor.Groups[1].Value)
                : parser.LastStart;
            source.Report(line, column, $"malformed YAML: {message}");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner sometimes fails this way (e.g. a '[' never closed before the end of
            // the file); the last event it read is the best position we have.
            var at = parser.LastStart;
            source.Report(at.Line, at.Column, "malformed YAML: cannot read past this point (an unclosed '[', '{' or quote?)");
            return null;
        }

        if (stream.Documents.Count == 0 || SeedSource.IsNull(stream.Documents[0].RootNode))
        {
            source.Report(1, 1, $"{source.File} is empty");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            source.Report(stream.Documents[1].RootNode, string.Empty, "a seed file holds one YAML document; remove the second '---'");
        }

        return stream.Documents[0].RootNode;
    }

    private static (int Line, int Column) PositionOf(string text, string token)
    {
        var index = Math.Max(0, text.IndexOf(token, StringComparison.Ordinal));
        var line = text.AsSpan(0, index).Count('\n') + 1;
        return (line, index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1);
    }

    [GeneratedRegex("anchor '([^']+)'")]
    private static partial Regex AnchorName();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
