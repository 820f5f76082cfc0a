using System.Text.RegularExpressions;

namespace Graph.Api.BrowserTests;

/// <summary>
/// The node rules of a grass style sheet, applied the way Neo4j Browser applies them: every rule
/// whose labels a node has, in the order of the sheet, later properties overriding earlier ones.
/// </summary>
public sealed partial class Neo4jBrowserStyle
{
    private readonly List<(string[] Labels, Dictionary<string, string> Properties)> _rules = [];

    public Neo4jBrowserStyle(string grass)
    {
        foreach (Match rule in RuleRegex().Matches(grass))
        {
            var selector = rule.Groups["selector"].Value.Split('.');
            if (selector[0] != "node")
            {
                continue;
            }

            var properties = PropertyRegex().Matches(rule.Groups["body"].Value)
                .ToDictionary(p => p.Groups["name"].Value, p => p.Groups["value"].Value.Trim().Trim('\'', '"'));
            _rules.Add((selector[1..], properties));
        }

        if (_rules.Count == 0)
        {
            throw new InvalidOperationException("the style sheet has no node rules");
        }
    }

    /// <summary>The fill colour a node with these labels gets, e.g. <c>#4C8EDA</c>.</summary>
    public string ColorOf(IReadOnlyCollection<string> labels) => PropertyOf(labels, "color");

    /// <summary>The caption a node gets: its property the caption template names, e.g. <c>{name}</c>.</summary>
    public string CaptionOf(IReadOnlyCollection<string> labels, IReadOnlyDictionary<string, string> properties)
    {
        var template = PropertyOf(labels, "caption");
        return TemplateRegex().Replace(template, m => properties.TryGetValue(m.Groups[1].Value, out var value) ? value : "");
    }

    private string PropertyOf(IReadOnlyCollection<string> labels, string property)
    {
        string? value = null;
        foreach (var (ruleLabels, properties) in _rules)
        {
            if (ruleLabels.All(labels.Contains) && properties.TryGetValue(property, out var v))
            {
                value = v;
            }
        }

        return value ?? throw new InvalidOperationException($"no rule gives '{property}' to a node labelled {string.Join(":", labels)}");
    }

    // A body may hold braces inside quotes: caption: '{name}'.
    [GeneratedRegex(@"(?<selector>[\w.]+)\s*\{(?<body>(?:'[^']*'|""[^""]*""|[^'""{}])*)\}")]
    private static partial Regex RuleRegex();

    [GeneratedRegex(@"(?<name>[\w-]+)\s*:\s*(?<value>'[^']*'|""[^""]*""|[^;'""]+);")]
    private static partial Regex PropertyRegex();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex TemplateRegex();
}
