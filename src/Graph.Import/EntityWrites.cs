using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;

namespace Graph.Import;

/// <summary>The statements that write things (countries, people, treaties ...) and the relationships they declare.</summary>
internal static class EntityWrites
{
    /// <summary>A node's "what changed" verdict, from its stored hash before the write.</summary>
    public const string ChangeVerdict = "CASE WHEN before = '' THEN 'created' WHEN before = row.hash THEN 'unchanged' ELSE 'updated' END";

    private static readonly Dictionary<EntityKind, string> UpsertByKind = Enum.GetValues<EntityKind>().ToDictionary(k => k, UpsertText);
    private static readonly Dictionary<string, string> MergeLinkByType = RelationshipTypes.BetweenThings.ToDictionary(t => t, MergeLinkText, StringComparer.Ordinal);

    // Each thing keeps the links it declares now (its own keys: another thing's do not count).
    private const string DeleteStaleLinks = """
        UNWIND $holders AS holder
        MATCH (h:Entity {id: holder.id})-[r]-()
        WHERE r.declaredBy = h.id AND NOT r.key IN holder.keys
        DELETE r
        """;

    public static IEnumerable<GraphWrite> For(IReadOnlyList<EntityDefinition> entities, bool inline)
    {
        if (entities.Count == 0)
        {
            yield break;
        }

        foreach (var group in entities.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            var rows = group.Select(e => Row(e, inline)).ToList();
            yield return GraphWrite.Changes(new Cypher($"Upsert{group.Key.Label()}", UpsertByKind[group.Key],
                new Dictionary<string, object?> { ["rows"] = rows }), group.Key.Label());
        }

        var links = entities.SelectMany(e => e.Links.Select(l => LinkRow(e.Id, l))).ToList();
        var keys = links.ToLookup(l => l["holder"], l => l["key"]);
        yield return GraphWrite.Silent(new Cypher("DeleteStaleEntityLinks", DeleteStaleLinks, new Dictionary<string, object?>
        {
            ["holders"] = entities.Select(e => new Dictionary<string, object?> { ["id"] = e.Id, ["keys"] = keys[e.Id].ToList() }).ToList(),
        }));
        foreach (var group in links.GroupBy(l => (string)l["type"]!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return GraphWrite.Silent(new Cypher($"Merge{group.Key}", MergeLinkByType[group.Key],
                new Dictionary<string, object?> { ["links"] = group.ToList() }));
        }
    }

    private static Dictionary<string, object?> Row(EntityDefinition e, bool inline)
    {
        var names = new[] { e.Name }.Concat(e.Aliases.Select(a => a.Text));
        var row = new Dictionary<string, object?>
        {
            ["id"] = e.Id,
            ["kind"] = e.Kind.Label(),
            ["name"] = e.Name,
            ["type"] = e.Type,
            ["description"] = e.Description,
            ["aliases"] = e.Aliases.Select(a => a.Text).ToList(),
            ["aliasLanguages"] = e.Aliases.Select(a => a.Language).ToList(),
            ["searchKeys"] = names.Select(TextMatching.SearchKey).Distinct().ToList(),
            ["inline"] = inline ? true : null,
            ["reliability"] = e.Reliability?.Value,
            ["reliabilityGradedBy"] = e.Reliability?.GradedBy,
            ["reliabilityGradedOn"] = e.Reliability?.GradedOn,
        };
        foreach (var property in EntityProperties.All)
        {
            // Dates are facts: they live in the claims of the article that states them (docs/model.md), never
            // on the thing; writing null removes what an older import stored there.
            row[property] = EntityProperties.Lists.Contains(property) ? e.Properties.GetValueOrDefault(property) : null;
        }

        row["hash"] = ContentHash.Of(row, e.Links.Select(l => LinkRow(e.Id, l)["key"]));
        return row;
    }

    private static Dictionary<string, object?> LinkRow(string holder, Link link)
    {
        var (from, to) = link.Incoming ? (link.To, holder) : (holder, link.To);
        return new Dictionary<string, object?>
        {
            ["type"] = link.Type,
            ["from"] = from,
            ["to"] = to,
            ["holder"] = holder,
            ["role"] = link.Role,
            ["since"] = link.Since,
            ["until"] = link.Until,
            ["on"] = link.On,
            // Everything the relationship says is in its key: a changed role or date is a new relationship, the old one goes.
            ["key"] = string.Join('|', link.Type, from, to, link.Role, link.Since, link.Until, link.On),
        };
    }

    private static string UpsertText(EntityKind kind)
    {
        // Labels come from the closed set in code; a thing whose kind changed loses its old kind label.
        var others = string.Concat(Enum.GetValues<EntityKind>().Where(k => k != kind).Select(k => ":" + k.Label()));
        var properties = string.Concat(EntityProperties.All.Select(p => $", n.{p} = row.{p}"));
        return $$"""
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.id})
            ON CREATE SET n.hash = ''
            WITH n, row, n.hash AS before
            REMOVE n{{others}}
            SET n:{{kind.Label()}}
            FOREACH (ignored IN CASE WHEN before = row.hash THEN [] ELSE [1] END |
              SET n.kind = row.kind, n.name = row.name, n.type = row.type, n.description = row.description,
                  n.aliases = row.aliases, n.aliasLanguages = row.aliasLanguages, n.searchKeys = row.searchKeys,
                  n.searchText = {{SearchProperties.EntitySearchText("row.searchKeys", "row.name", "row.id")}},
                  n.inline = row.inline, n.reliability = row.reliability, n.reliabilityGradedBy = row.reliabilityGradedBy,
                  n.reliabilityGradedOn = row.reliabilityGradedOn{{properties}}, n.hash = row.hash)
            RETURN row.id AS id, {{ChangeVerdict}} AS change
            """;
    }

    private static string MergeLinkText(string type) => $$"""
        UNWIND $links AS l
        MATCH (a:Entity {id: l.from})
        MATCH (b:Entity {id: l.to})
        MERGE (a)-[r:{{type}} {key: l.key}]->(b)
        ON CREATE SET r.declaredBy = l.holder, r.role = l.role, r.since = l.since, r.until = l.until, r.on = l.on
        """;
}
