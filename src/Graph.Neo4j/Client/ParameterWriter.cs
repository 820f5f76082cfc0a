using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Graph.Neo4j.Client;

/// <summary>
/// Writes the request body by hand: parameters are a small closed set of shapes (text, numbers,
/// booleans, lists, maps), so an explicit writer is both faster and clearer than reflection.
/// </summary>
internal static class ParameterWriter
{
    public static byte[] WriteStatements(IReadOnlyList<Cypher> statements)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                json.WriteStartObject();
                json.WriteString("statement", statement.Text);
                json.WriteStartObject("parameters");
                foreach (var (name, value) in statement.Parameters)
                {
                    json.WritePropertyName(name);
                    WriteValue(json, value);
                }

                json.WriteEndObject();
                json.WriteStartArray("resultDataContents");
                json.WriteStringValue("row");
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int or long or short or byte:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                json.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case Enum e:
                json.WriteStringValue(e.ToString());
                break;
            case JsonElement element:
                element.WriteTo(json);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    WriteValue(json, item);
                }

                json.WriteEndObject();
                break;
            case IDictionary dictionary:
                json.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    json.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!);
                    WriteValue(json, entry.Value);
                }

                json.WriteEndObject();
                break;
            case IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A parameter of type {value.GetType().Name} cannot be sent to Neo4j.", nameof(value));
        }
    }
}
