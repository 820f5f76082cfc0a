using System.Text.Json;

namespace Graph.Neo4j.Client;

/// <summary>The columns and rows one statement returned.</summary>
public sealed class CypherResult
{
    public CypherResult(IReadOnlyList<string> columns, IReadOnlyList<CypherRow> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<CypherRow> Rows { get; }

    public IReadOnlyList<T> Map<T>(Func<CypherRow, T> map) => Rows.Select(map).ToList();

    public CypherRow? SingleOrDefault() => Rows.Count switch
    {
        0 => null,
        1 => Rows[0],
        _ => throw new InvalidOperationException($"Expected at most one row, got {Rows.Count}."),
    };

    internal static CypherResult FromJson(JsonElement result)
    {
        var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        var index = new Dictionary<string, int>(columns.Count, StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            index[columns[i]] = i;
        }

        var rows = new List<CypherRow>();
        foreach (var data in result.GetProperty("data").EnumerateArray())
        {
            // Not cloned: the response document is not disposed, so the rows can keep reading from it.
            var values = data.GetProperty("row").EnumerateArray().ToArray();
            rows.Add(new CypherRow(index, values));
        }

        return new CypherResult(columns, rows);
    }
}
