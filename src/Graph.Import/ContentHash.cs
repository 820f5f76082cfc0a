using System.Security.Cryptography;
using System.Text;

namespace Graph.Import;

/// <summary>
/// A short fingerprint of what the seed says about one node and the relationships it owns. Stored
/// on the node as <c>hash</c>: an equal hash means the node is left untouched, so that re-importing
/// an unchanged file changes nothing and the summary can tell updated from unchanged.
/// </summary>
internal static class ContentHash
{
    public static string Of(params object?[] parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            Append(text, part);
            text.Append('\u001f');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static void Append(StringBuilder text, object? part)
    {
        switch (part)
        {
            case null:
                text.Append('\u2400');
                break;
            case string s:
                text.Append(s);
                break;
            case IFormattable f:
                text.Append(f.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case System.Collections.IDictionary map:
                foreach (var key in map.Keys.Cast<object>().Select(k => k.ToString()!).Order(StringComparer.Ordinal))
                {
                    text.Append(key).Append('=');
                    Append(text, map[key]);
                    text.Append(';');
                }

                break;
            case System.Collections.IEnumerable list:
                text.Append('[');
                foreach (var item in list)
                {
                    Append(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            default:
                text.Append(part);
                break;
        }
    }
}
