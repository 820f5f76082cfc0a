using System.Text.Json;

namespace Graph.Neo4j.Client;

/// <summary>The columns and rows one statement returned.</summary>
public sealed class CypherResult
{
    private readonly ResponseBuffer? _buffer;

    public CypherResult(IReadOnlyList<string> columns, IReadOnlyList<CypherRow> rows)
        : this(columns, rows, null)
    {
    }

    private CypherResult(IReadOnlyList<string> columns, IReadOnlyList<CypherRow> rows, ResponseBuffer? buffer)
    {
        Columns = columns;
        Rows = rows;
        _buffer = buffer;
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

    /// <summary>
    /// Returns the pooled buffers the rows read their values from (the answer's bytes and its parsed index, shared by
    /// every result of one Neo4j response) to the pool, so that the next answer reuses them. Afterwards neither the rows
    /// nor any <see cref="JsonElement"/> read from them may be used. A result never released leaves them to the garbage collector.
    /// </summary>
    public void ReleaseBuffers() => _buffer?.Release();

    internal static CypherResult FromJson(JsonElement result, ResponseBuffer? buffer)
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
            var row = data.GetProperty("row");
            var values = new JsonElement[row.GetArrayLength()];
            var i = 0;
            foreach (var value in row.EnumerateArray())
            {
                values[i++] = value;
            }

            rows.Add(new CypherRow(index, values));
        }

        return new CypherResult(columns, rows, buffer);
    }
}
