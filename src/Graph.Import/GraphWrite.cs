using Graph.Neo4j.Client;

namespace Graph.Import;

/// <summary>
/// One statement of an import and how to read its result into the summary: the statements of one
/// article go to Neo4j together, in one request, so that the article lands whole or not at all.
/// </summary>
internal sealed record GraphWrite(Cypher Statement, Action<CypherResult, ImportSummary> Count)
{
    public static GraphWrite Silent(Cypher statement) => new(statement, static (_, _) => { });

    /// <summary>For statements that return <c>id</c> and <c>change</c> ('created', 'updated', 'unchanged') per node of one kind.</summary>
    public static GraphWrite Changes(Cypher statement, string kind) => new(statement, (result, summary) =>
    {
        foreach (var row in result.Rows)
        {
            var change = row.GetString("change") switch
            {
                "created" => ChangeKind.Created,
                "updated" => ChangeKind.Updated,
                _ => ChangeKind.Unchanged,
            };
            summary.Add(kind, change, row.GetString("id"));
        }
    });

    /// <summary>For statements that return <c>kind</c> and <c>removed</c>.</summary>
    public static GraphWrite Removals(Cypher statement) => new(statement, (result, summary) =>
    {
        foreach (var row in result.Rows)
        {
            summary.Add(row.GetString("kind"), ChangeKind.Removed, (int)row.GetInt64("removed"));
        }
    });
}
