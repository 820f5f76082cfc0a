using Graph.Knowledge.Model;
using Graph.Knowledge.Seed.Parsed;
using YamlDotNet.RepresentationModel;

namespace Graph.Knowledge.Seed;

/// <summary>
/// The domain readers: turn one file's YAML tree into the parsed records (things, articles, claims),
/// keeping every value's line and column. Shape problems (unknown keys, a list where one value
/// belongs) are reported by <see cref="SeedSource"/> and <see cref="SeedMap"/>; the meaning of the
/// values is checked later by the validators.
/// </summary>
internal sealed class SeedDocumentReader(SeedSource source)
{
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
                        source.Report(keyNode, string.Empty, "an entity id must be a plain word");
                        continue;
                    }

                    var id = new SeedScalar(key.Value ?? string.Empty, source.Location(key), key.Value ?? string.Empty);
                    if (Entity(value, id.Path, id, inline: false) is { } entity)
                    {
                        entities.Add(entity);
                    }
                }

                break;
            default:
                source.Report(root, string.Empty, "an entities file is a list of things (each with 'id' and 'kind') or a map from id to thing");
                break;
        }

        return entities;
    }

    public ParsedArticle? Article(YamlNode root)
    {
        if (source.Map(root, string.Empty, SeedKeys.Article, "article") is not { } map)
        {
            return null;
        }

        return new ParsedArticle
        {
            File = source.File,
            Location = source.Location(root),
            Id = map.Scalar("id"),
            Title = map.Scalar("title"),
            Url = map.Scalar("url"),
            Publisher = map.Scalar("publisher"),
            Authors = map.Scalars("authors"),
            Editors = map.Scalars("editors"),
            Published = map.Scalar("published"),
            Language = map.Scalar("language"),
            Section = map.Scalar("section"),
            Topics = map.Scalars("topics"),
            Cites = map.Scalars("cites"),
            Declares = map.Items("declares", (node, path) => Entity(node, path, null, inline: true)),
            Claims = map.Items("claims", Claim),
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

        if (source.Map(node, path, SeedKeys.Entity(kind), kind is null ? "thing" : kind.Value.Token()) is not { } map)
        {
            return null;
        }

        var id = map.Scalar("id");
        if (keyId is not null)
        {
            if (id is not null)
            {
                source.Report(id.Location, id.Path, $"'{keyId.Text}' already has its id from the key; remove 'id'");
            }

            id = keyId;
        }

        var links = new List<ParsedLink>();
        foreach (var relation in RelationKeys.All)
        {
            if (map.TryGet(relation.Name, out var entry))
            {
                links.AddRange(References(entry, map.PathOf(relation.Name), relation.Attributes, relation.Name).Select(r => new ParsedLink(relation, r)));
            }
        }

        var dates = new Dictionary<string, SeedScalar>();
        foreach (var name in new[] { EntityProperties.Date, EntityProperties.Start, EntityProperties.End, EntityProperties.SignedOn, EntityProperties.InForceOn })
        {
            if (map.Scalar(name) is { } value)
            {
                dates[name] = value;
            }
        }

        var lists = new Dictionary<string, IReadOnlyList<SeedScalar>>();
        foreach (var name in EntityProperties.Lists.Where(map.Has))
        {
            lists[name] = map.Scalars(name);
        }

        return new ParsedEntity
        {
            Location = source.Location(node),
            Path = path,
            Inline = inline,
            Id = id,
            Kind = map.Scalar("kind"),
            Name = map.Scalar("name"),
            Type = map.Scalar("type"),
            Description = map.Scalar("description"),
            Aliases = map.TryGet("aliases", out var aliases) ? Aliases(aliases, map.PathOf("aliases")) : [],
            Links = links,
            Dates = dates,
            Lists = lists,
            Reliability = map.Read("reliability", Grade),
        };
    }

    private ParsedClaim? Claim(YamlNode node, string path)
    {
        if (source.Map(node, path, SeedKeys.Claim, "claim") is not { } map)
        {
            return null;
        }

        return new ParsedClaim
        {
            Location = source.Location(node),
            Path = path,
            Position = SeedSource.ItemIndex(path) + 1,
            Id = map.Scalar("id"),
            Statement = map.Scalar("statement"),
            Predicate = map.Scalar("predicate"),
            About = map.Scalars("about"),
            Value = map.Scalar("value"),
            Quantity = map.Read("quantity", Quantity),
            Stance = map.Scalar("stance"),
            Time = map.Scalar("time"),
            Credibility = map.Read("credibility", Grade),
            Quote = map.Scalar("quote"),
            From = map.Scalars("from"),
            Via = map.TryGet("via", out var via) ? References(via, map.PathOf("via"), ["how"], "via") : [],
            How = map.Scalar("how"),
        };
    }

    private ParsedQuantity? Quantity(YamlNode node, string path) =>
        source.Map(node, path, SeedKeys.Quantity, "quantity") is not { } map ? null : new ParsedQuantity
        {
            Location = source.Location(node),
            Path = path,
            Value = map.Scalar("value"),
            Low = map.Scalar("low"),
            High = map.Scalar("high"),
            Unit = map.Scalar("unit"),
            Qualifier = map.Scalar("qualifier"),
        };

    private ParsedGrade? Grade(YamlNode node, string path) =>
        source.Map(node, path, SeedKeys.Grade, "grade") is not { } map
            ? null
            : new ParsedGrade(map.Scalar("value"), map.Scalar("by"), map.Scalar("date"), source.Location(node), path);

    private List<ParsedAlias> Aliases(YamlNode node, string path)
    {
        var aliases = new List<ParsedAlias>();
        if (SeedSource.IsNull(node))
        {
            return aliases;
        }

        if (node is not YamlMappingNode mapping)
        {
            source.Report(node, path, "aliases are a map from language to names, e.g. { en: [DPRK], ko: [북한] }");
            return aliases;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } language })
            {
                source.Report(keyNode, path, "an alias language must be a tag such as 'en'");
                continue;
            }

            var languagePath = SeedMap.Join(path, language);
            var tag = new SeedScalar(language, source.Location(keyNode), languagePath);
            aliases.AddRange(source.ScalarsOf(value, languagePath).Select(text => new ParsedAlias(tag, text)));
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
        if (SeedSource.IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return new SeedReference(new SeedScalar(scalar.Value ?? string.Empty, source.Location(node), path));
        }

        if (source.Map(node, path, ["id", .. attributes], what) is not { } map)
        {
            return null;
        }

        if (map.Scalar("id") is not { } target)
        {
            source.Report(node, path, $"'{what}' item has no 'id'");
            return null;
        }

        return new SeedReference(target)
        {
            Role = map.Scalar("role"),
            Since = map.Scalar("since"),
            Until = map.Scalar("until"),
            On = map.Scalar("date"),
            How = map.Scalar("how"),
        };
    }
}
