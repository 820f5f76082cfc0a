using System.Collections;
using System.Globalization;
using System.Text;

namespace Graph.Api.Reading;

/// <summary>
/// A value (of a GraphQL variable, or a parameter) written so that two values have the same key only when they are the
/// same value of the same type: each scalar tagged with its type, strings with their length, lists and input objects
/// (in their order) item by item. Null for a value of a type it does not know, whose text might not tell values apart.
/// </summary>
internal static class ValueKey
{
    public static string? Of(object? value)
    {
        var written = new StringBuilder();
        return Write(written, value) ? written.ToString() : null;
    }

    private static bool Write(StringBuilder written, object? value)
    {
        switch (value)
        {
            case null:
                written.Append('~');
                return true;
            case string text:
                written.Append('s').Append(text.Length).Append(':').Append(text);
                return true;
            case bool or int or long or short or byte or sbyte or uint or ulong or ushort or double or float or decimal or System.Numerics.BigInteger
                or Guid or DateTime or DateTimeOffset or DateOnly or TimeOnly or TimeSpan or Enum:
                var scalar = Convert.ToString(value, CultureInfo.InvariantCulture)!;
                written.Append(value.GetType().FullName).Append(scalar.Length).Append(':').Append(scalar);
                return true;
            case IDictionary<string, object?> map:
                written.Append('{').Append(map.Count).Append(':');
                foreach (var (key, item) in map)
                {
                    written.Append(key.Length).Append(':').Append(key);
                    if (!Write(written, item))
                    {
                        return false;
                    }
                }

                written.Append('}');
                return true;
            case IEnumerable items:
                written.Append('[');
                foreach (var item in items)
                {
                    if (!Write(written, item))
                    {
                        return false;
                    }
                }

                written.Append(']');
                return true;
            default:
                return false;
        }
    }
}
