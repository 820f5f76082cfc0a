using System.Text.RegularExpressions;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed.Parsed;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Knowledge.Seed;

/// <summary>
/// One file being read: where its values are, how to report a problem at a node, and the shapes
/// every reader needs (one value, one or many values, a map of known keys).
/// </summary>
internal sealed partial class SeedSource(string file, List<SeedProblem> problems)
{
    public string File => file;

    /// <summary>The keys of a map, after reporting the unknown ones; null (reported) when the node is not a map.</summary>
    public SeedMap? Map(YamlNode node, string path, IReadOnlyList<string> allowed, string what)
    {
        if (node is not YamlMappingNode mapping)
        {
            if (!IsNull(node))
            {
                Report(node, path, $"{IndefiniteArticle(what)} {what} must be a map of keys to values");
            }

            return null;
        }

        var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } name })
            {
                Report(keyNode, path, $"a key of {IndefiniteArticle(what)} {what} must be a plain word");
                continue;
            }

            if (!allowed.Contains(name) && name.Length > 0 && name.All(char.IsAsciiDigit))
            {
                Report(keyNode, SeedMap.Join(path, name), $"'{name}' is not a key: a number written with a thousands separator inside {{ }} splits at the comma; write it without separators (12000)");
                continue;
            }

            if (!allowed.Contains(name))
            {
                Report(keyNode, SeedMap.Join(path, name), $"unknown key '{name}' in {what}{TextMatching.DidYouMean(name, allowed)}");
                continue;
            }

            keys[name] = value;
        }

        return new SeedMap(this, path, keys);
    }

    public SeedScalar? ScalarOf(YamlNode node, string path)
    {
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return new SeedScalar(scalar.Value ?? string.Empty, Location(node), path);
        }

        Report(node, path, $"'{LastKey(path)}' takes one value, not a {(node is YamlSequenceNode ? "list" : "map")}");
        return null;
    }

    /// <summary>A single value or a list of values: analysts write <c>about: north-korea</c> as readily as a list.</summary>
    public List<SeedScalar> ScalarsOf(YamlNode node, string path)
    {
        if (node is YamlSequenceNode sequence)
        {
            var values = new List<SeedScalar>();
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                if (ScalarOf(sequence.Children[i], $"{path}[{i}]") is { } value)
                {
                    values.Add(value);
                }
            }

            return values;
        }

        return ScalarOf(node, path) is { } single ? [single] : [];
    }

    /// <summary>An absent value: an empty plain scalar, <c>~</c> or <c>null</c> (JSON's null too).</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public SourceLocation Location(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    public void Report(YamlNode node, string path, string message) => Report(Location(node), path, message);

    public void Report(SourceLocation location, string path, string message) =>
        problems.Add(new SeedProblem(location.File, location.Line, location.Column, path, message));

    public void Report(int line, int column, string message) =>
        problems.Add(new SeedProblem(file, Math.Max(1, line), Math.Max(1, column), string.Empty, message));

    /// <summary>The 0-based index an item path ends with (<c>claims[3]</c> is 3).</summary>
    public static int ItemIndex(string path)
    {
        var match = IndexSuffix().Match(path);
        return match.Success ? int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static string IndefiniteArticle(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    private static string LastKey(string path)
    {
        var withoutIndex = IndexSuffix().Replace(path, string.Empty);
        var dot = withoutIndex.LastIndexOf('.');
        return dot < 0 ? withoutIndex : withoutIndex[(dot + 1)..];
    }

    [GeneratedRegex(@"\[(\d+)\]$")]
    private static partial Regex IndexSuffix();
}
