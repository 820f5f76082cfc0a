using System.Text.RegularExpressions;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed.Parsed;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Knowledge.Seed;

/// <summary>
/// Turns one file's YAML representation tree into the parsed records, keeping every value's
/// line and column. Shape problems (unknown keys, a list where one value belongs) are collected
/// here; the meaning of the values is checked later by the validators.
/// </summary>
internal sealed partial class SeedDocumentParser(string file, List<SeedProblem> problems)
{
    /// <summary>Loads the single document of a file, or reports why it cannot.</summary>
    public YamlNode? Load(string text)
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
            Report(line, column, string.Empty, $"malformed YAML: {message}");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner sometimes fails this way (e.g. a '[' never closed before the end of
            // the file); the last event it read is the best position we have.
            var at = parser.LastStart;
            Report(at.Line, at.Column, string.Empty, "malformed YAML: cannot read past this point (an unclosed '[', '{' or quote?)");
            return null;
        }

        if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
        {
            Report(1, 1, string.Empty, $"{file} is empty");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            Report(stream.Documents[1].RootNode, string.Empty, "a seed file holds one YAML document; remove the second '---'");
        }

        return stream.Documents[0].RootNode;
    }

    public IReadOnlyList<ParsedEntity> EntityFile(YamlNode root)
    {
        var entities = new List<ParsedEntity>();
        switch (root)
        {
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (Entity(sequence.Children[i], $"[{i}]", null, inline: false) is { } entity)
                    {
                        entities.Add(entity);
                    }
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (keyNode, value) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode key)
                    {
                        Report(keyNode, string.Empty, "an entity id must be a plain word");
                        continue;
                    }

                    var id = new SeedScalar(key.Value ?? string.Empty, Location(key), key.Value ?? string.Empty);
                    if (Entity(value, id.Path, id, inline: false) is { } entity)
                    {
                        entities.Add(entity);
                    }
                }

                break;
            default:
                Report(root, string.Empty, "an entities file is a list of things (each with 'id' and 'kind') or a map from id to thing");
                break;
        }

        return entities;
    }

    public ParsedArticle? Article(YamlNode root)
    {
        var map = Map(root, string.Empty, SeedKeys.Article, "article");
        if (map is null)
        {
            return null;
        }

        return new ParsedArticle
        {
            File = file,
            Location = Location(root),
            Id = Scalar(map, "id", string.Empty),
            Title = Scalar(map, "title", string.Empty),
            Url = Scalar(map, "url", string.Empty),
            Publisher = Scalar(map, "publisher", string.Empty),
            Authors = Scalars(map, "authors", string.Empty),
            Editors = Scalars(map, "editors", string.Empty),
            Published = Scalar(map, "published", string.Empty),
            Language = Scalar(map, "language", string.Empty),
            Section = Scalar(map, "section", string.Empty),
            Topics = Scalars(map, "topics", string.Empty),
            Cites = Scalars(map, "cites", string.Empty),
            Declares = Items(map, "declares", string.Empty, (node, path) => Entity(node, path, null, inline: true)),
            Claims = Items(map, "claims", string.Empty, Claim),
        };
    }

    private ParsedEntity? Entity(YamlNode node, string path, SeedScalar? keyId, bool inline)
    {
        EntityKind? kind = null;
        if (node is YamlMappingNode raw && raw.Children.TryGetValue(new YamlScalarNode("kind"), out var kindNode)
            && kindNode is YamlScalarNode { Value: { } kindText } && EntityKindExtensions.TryParseToken(kindText, out var parsed))
        {
            kind = parsed;
        }

        var map = Map(node, path, SeedKeys.Entity(kind), kind is null ? "thing" : kind.Value.Token());
        if (map is null)
        {
            return null;
        }

        var id = Scalar(map, "id", path);
        if (keyId is not null)
        {
            if (id is not null)
            {
                Report(id.Location, id.Path, $"'{keyId.Text}' already has its id from the key; remove 'id'");
            }

            id = keyId;
        }

        var links = new List<ParsedLink>();
        foreach (var relation in RelationKeys.All)
        {
            if (map.TryGetValue(relation.Name, out var entry))
            {
                links.AddRange(References(entry.Value, Join(path, relation.Name), relation.Attributes, relation.Name).Select(r => new ParsedLink(relation, r)));
            }
        }

        var dates = new Dictionary<string, SeedScalar>();
        foreach (var name in new[] { EntityProperties.Date, EntityProperties.Start, EntityProperties.End, EntityProperties.SignedOn, EntityProperties.InForceOn })
        {
            if (Scalar(map, name, path) is { } value)
            {
                dates[name] = value;
            }
        }

        var lists = new Dictionary<string, IReadOnlyList<SeedScalar>>();
        foreach (var name in EntityProperties.Lists)
        {
            if (map.ContainsKey(name))
            {
                lists[name] = Scalars(map, name, path);
            }
        }

        return new ParsedEntity
        {
            Location = Location(node),
            Path = path,
            Inline = inline,
            Id = id,
            Kind = Scalar(map, "kind", path),
            Name = Scalar(map, "name", path),
            Type = Scalar(map, "type", path),
            Description = Scalar(map, "description", path),
            Aliases = map.TryGetValue("aliases", out var aliases) ? Aliases(aliases.Value, Join(path, "aliases")) : [],
            Links = links,
            Dates = dates,
            Lists = lists,
            Reliability = map.TryGetValue("reliability", out var grade) ? Grade(grade.Value, Join(path, "reliability")) : null,
        };
    }

    private ParsedClaim? Claim(YamlNode node, string path)
    {
        var map = Map(node, path, SeedKeys.Claim, "claim");
        if (map is null)
        {
            return null;
        }

        return new ParsedClaim
        {
            Location = Location(node),
            Path = path,
            Position = ItemIndex(path) + 1,
            Id = Scalar(map, "id", path),
            Statement = Scalar(map, "statement", path),
            Predicate = Scalar(map, "predicate", path),
            About = Scalars(map, "about", path),
            Value = Scalar(map, "value", path),
            Quantity = map.TryGetValue("quantity", out var quantity) ? Quantity(quantity.Value, Join(path, "quantity")) : null,
            Stance = Scalar(map, "stance", path),
            Time = Scalar(map, "time", path),
            Credibility = map.TryGetValue("credibility", out var grade) ? Grade(grade.Value, Join(path, "credibility")) : null,
            Quote = Scalar(map, "quote", path),
            From = Scalars(map, "from", path),
            Via = map.TryGetValue("via", out var via) ? References(via.Value, Join(path, "via"), ["how"], "via") : [],
            How = Scalar(map, "how", path),
        };
    }

    private ParsedQuantity? Quantity(YamlNode node, string path)
    {
        var map = Map(node, path, SeedKeys.Quantity, "quantity");
        return map is null ? null : new ParsedQuantity
        {
            Location = Location(node),
            Path = path,
            Value = Scalar(map, "value", path),
            Low = Scalar(map, "low", path),
            High = Scalar(map, "high", path),
            Unit = Scalar(map, "unit", path),
            Qualifier = Scalar(map, "qualifier", path),
        };
    }

    private ParsedGrade? Grade(YamlNode node, string path)
    {
        var map = Map(node, path, SeedKeys.Grade, "grade");
        return map is null ? null : new ParsedGrade(Scalar(map, "value", path), Scalar(map, "by", path), Scalar(map, "date", path), Location(node), path);
    }

    private List<ParsedAlias> Aliases(YamlNode node, string path)
    {
        var aliases = new List<ParsedAlias>();
        if (IsNull(node))
        {
            return aliases;
        }

        if (node is not YamlMappingNode mapping)
        {
            Report(node, path, "aliases are a map from language to names, e.g. { en: [DPRK], ko: [북한] }");
            return aliases;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } language })
            {
                Report(keyNode, path, "an alias language must be a tag such as 'en'");
                continue;
            }

            var languagePath = Join(path, language);
            var tag = new SeedScalar(language, Location(keyNode), languagePath);
            aliases.AddRange(ScalarsOf(value, languagePath).Select(text => new ParsedAlias(tag, text)));
        }

        return aliases;
    }

    /// <summary>One reference or a list of them; each an id or a map with <c>id</c> and the allowed attributes.</summary>
    private List<SeedReference> References(YamlNode node, string path, IReadOnlyList<string> attributes, string what)
    {
        var references = new List<SeedReference>();
        if (node is YamlSequenceNode sequence)
        {
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                if (Reference(sequence.Children[i], $"{path}[{i}]", attributes, what) is { } reference)
                {
                    references.Add(reference);
                }
            }
        }
        else if (Reference(node, path, attributes, what) is { } reference)
        {
            references.Add(reference);
        }

        return references;
    }

    private SeedReference? Reference(YamlNode node, string path, IReadOnlyList<string> attributes, string what)
    {
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return new SeedReference(new SeedScalar(scalar.Value ?? string.Empty, Location(node), path));
        }

        var map = Map(node, path, ["id", .. attributes], what);
        if (map is null)
        {
            return null;
        }

        var target = Scalar(map, "id", path);
        if (target is null)
        {
            Report(node, path, $"'{what}' item has no 'id'");
            return null;
        }

        return new SeedReference(target)
        {
            Role = Scalar(map, "role", path),
            Since = Scalar(map, "since", path),
            Until = Scalar(map, "until", path),
            On = Scalar(map, "date", path),
            How = Scalar(map, "how", path),
        };
    }

    private List<T> Items<T>(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> map, string key, string parent, Func<YamlNode, string, T?> item)
        where T : class
    {
        var items = new List<T>();
        if (!map.TryGetValue(key, out var entry) || IsNull(entry.Value))
        {
            return items;
        }

        var path = Join(parent, key);
        if (entry.Value is not YamlSequenceNode sequence)
        {
            Report(entry.Value, path, $"'{key}' must be a list");
            return items;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (item(sequence.Children[i], $"{path}[{i}]") is { } parsed)
            {
                items.Add(parsed);
            }
        }

        return items;
    }

    /// <summary>The keys of a map, after reporting the unknown ones; null (reported) when the node is not a map.</summary>
    private Dictionary<string, (YamlScalarNode Key, YamlNode Value)>? Map(YamlNode node, string path, IReadOnlyList<string> allowed, string what)
    {
        if (node is not YamlMappingNode mapping)
        {
            if (!IsNull(node))
            {
                Report(node, path, $"{Article(what)} {what} must be a map of keys to values");
            }

            return null;
        }

        var keys = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } name } key)
            {
                Report(keyNode, path, $"a key of {Article(what)} {what} must be a plain word");
                continue;
            }

            if (!allowed.Contains(name) && name.Length > 0 && name.All(char.IsAsciiDigit))
            {
                Report(keyNode, Join(path, name), $"'{name}' is not a key: a number written with a thousands separator inside {{ }} splits at the comma; write it without separators (12000)");
                continue;
            }

            if (!allowed.Contains(name))
            {
                Report(keyNode, Join(path, name), $"unknown key '{name}' in {what}{TextMatching.DidYouMean(name, allowed)}");
                continue;
            }

            keys[name] = (key, value);
        }

        return keys;
    }

    private SeedScalar? Scalar(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> map, string key, string parent) =>
        map.TryGetValue(key, out var entry) ? ScalarOf(entry.Value, Join(parent, key)) : null;

    private List<SeedScalar> Scalars(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> map, string key, string parent) =>
        map.TryGetValue(key, out var entry) ? ScalarsOf(entry.Value, Join(parent, key)) : [];

    private SeedScalar? ScalarOf(YamlNode node, string path)
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
    private List<SeedScalar> ScalarsOf(YamlNode node, string path)
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
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private SourceLocation Location(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    private void Report(YamlNode node, string path, string message) => Report(Location(node), path, message);

    private void Report(SourceLocation location, string path, string message) =>
        problems.Add(new SeedProblem(location.File, location.Line, location.Column, path, message));

    private void Report(int line, int column, string path, string message) =>
        problems.Add(new SeedProblem(file, Math.Max(1, line), Math.Max(1, column), path, message));

    private static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    private static string Join(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";

    private static string LastKey(string path)
    {
        var withoutIndex = IndexSuffix().Replace(path, string.Empty);
        var dot = withoutIndex.LastIndexOf('.');
        return dot < 0 ? withoutIndex : withoutIndex[(dot + 1)..];
    }

    private static int ItemIndex(string path)
    {
        var match = IndexSuffix().Match(path);
        return match.Success ? int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : 0;
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

    [GeneratedRegex(@"\[(\d+)\]$")]
    private static partial Regex IndexSuffix();
}
