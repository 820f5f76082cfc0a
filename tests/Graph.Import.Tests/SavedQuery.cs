using System.Text.RegularExpressions;

namespace Graph.Import.Tests;

/// <summary>A saved Neo4j Browser query: its text, and the parameters its <c>// :param name => 'value'</c> lines give.</summary>
internal static partial class SavedQuery
{
    public static (string Text, Dictionary<string, object?> Parameters) Read(string file)
    {
        var lines = File.ReadAllLines(file);
        var parameters = new Dictionary<string, object?>();
        foreach (var line in lines)
        {
            var match = ParamLine().Match(line);
            if (match.Success)
            {
                parameters[match.Groups["name"].Value] = match.Groups["value"].Value;
            }
        }

        var text = string.Join("\n", lines.Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim().TrimEnd(';');
        return (text, parameters);
    }

    [GeneratedRegex(@"^//\s*:param\s+(?<name>\w+)\s*=>\s*'(?<value>[^']*)'")]
    private static partial Regex ParamLine();
}
