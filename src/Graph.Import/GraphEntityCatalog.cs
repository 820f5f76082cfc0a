using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;

namespace Graph.Import;

/// <summary>
/// The things already in the graph, as a catalog that an article's references (ids, names, aliases)
/// resolve against: what an article imported on its own (the GraphQL mutation) may refer to.
/// </summary>
public static class GraphEntityCatalog
{
    private const string ReadEntities = """
        MATCH (e:Entity)
        RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.aliasLanguages AS languages
        """;

    public static async Task<InMemoryEntityCatalog> LoadAsync(Neo4jClient client, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(new Cypher("ReadEntityCatalog", ReadEntities) { Idempotent = true }, cancellationToken).ConfigureAwait(false);
        var things = new List<(string, EntityKind, string, IEnumerable<Alias>)>();
        foreach (var row in result.Rows)
        {
            if (row.GetNullableString("kind") is not { } kindText || !EntityKindExtensions.TryParseToken(kindText, out var kind))
            {
                continue;
            }

            var id = row.GetString("id");
            var aliases = row.GetStrings("aliases");
            var languages = row.GetStrings("languages");
            things.Add((id, kind, row.GetNullableString("name") ?? id, aliases.Select((a, i) => new Alias(a, i < languages.Count ? languages[i] : "und"))));
        }

        return InMemoryEntityCatalog.FromTuples(things);
    }
}
