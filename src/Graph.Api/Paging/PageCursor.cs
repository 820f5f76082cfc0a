using System.Globalization;
using System.Text;

namespace Graph.Api.Paging;

/// <summary>Opaque cursors: clients pass them back as <c>after</c> and never read them. A cursor of one list is refused by another.</summary>
public static class PageCursor
{
    public static string Encode(string list, int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{list}:{position.ToString(CultureInfo.InvariantCulture)}"));

    public static bool TryDecode(string list, string cursor, out int position)
    {
        position = -1;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var prefix = list + ":";
            return text.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out position);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
