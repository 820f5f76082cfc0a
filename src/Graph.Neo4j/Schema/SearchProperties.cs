using Graph.Neo4j.Client;

namespace Graph.Neo4j.Schema;

/// <summary>
/// The folded copies of text that the text filters start from, through the TEXT indexes of
/// schema/neo4j/002_indexes.cypher (CONTAINS can use an index only on a stored property, not on
/// <c>toLower(c.statement)</c>). The importer writes them with these expressions; <see cref="Backfill"/>
/// fills them in on a graph imported before they existed. The reads keep their exact conditions
/// after starting here, so a copy only decides where a read starts, never what it answers.
/// </summary>
public static class SearchProperties
{
    /// <summary><c>Claim.statementLower</c>, for <c>claims(text:)</c>.</summary>
    public static string ClaimStatement(string statement) => $"toLower({statement})";

    /// <summary>
    /// <c>Entity.searchText</c>, for <c>search</c> and <c>entities(text:)</c>: the keys those match
    /// (search keys, lower-cased name, id without hyphens) joined by spaces. A search key has no space,
    /// so it is inside this text exactly when it is inside one of the keys.
    /// </summary>
    public static string EntitySearchText(string searchKeys, string name, string id) =>
        $"reduce(s = '', k IN coalesce({searchKeys}, []) + [coalesce(toLower({name}), ''), replace({id}, '-', '')] | s + ' ' + k)";

    /// <summary>Idempotent: only nodes without their copy are written.</summary>
    public static IReadOnlyList<Cypher> Backfill { get; } =
    [
        new("Backfill:Claim.statementLower", $"""
            MATCH (c:Claim)
            WHERE c.statement IS NOT NULL AND c.statementLower IS NULL
            SET c.statementLower = {ClaimStatement("c.statement")}
            """) { Idempotent = true },
        new("Backfill:Entity.searchText", $"""
            MATCH (e:Entity)
            WHERE e.searchText IS NULL
            SET e.searchText = {EntitySearchText("e.searchKeys", "e.name", "e.id")}
            """) { Idempotent = true },
    ];
}
