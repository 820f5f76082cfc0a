using System.Text.Json;

namespace Graph.Neo4j.Client;

/// <summary>One row of a result, read by column name.</summary>
public sealed class CypherRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly JsonElement[] _values;

    internal CypherRow(IReadOnlyDictionary<string, int> columns, JsonElement[] values)
    {
        _columns = columns;
        _values = values;
    }

    public JsonElement this[string column] =>
        _columns.TryGetValue(column, out var index)
            ? _values[index]
            : throw new KeyNotFoundException($"The result has no column '{column}'.");

    public bool IsNull(string column) => this[column].ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    public string GetString(string column) =>
        GetNullableString(column) ?? throw new InvalidOperationException($"Column '{column}' is null.");

    public string? GetNullableString(string column)
    {
        var value = this[column];
        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
    }

    public long GetInt64(string column) => this[column].GetInt64();

    public double? GetNullableDouble(string column) => IsNull(column) ? null : this[column].GetDouble();

    public bool GetBoolean(string column) => this[column].GetBoolean();

    public IReadOnlyList<string> GetStrings(string column)
    {
        var value = this[column];
        if (value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<string>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
        }

        return list;
    }
}
