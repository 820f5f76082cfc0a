using System.Globalization;
using System.Text;

namespace Graph.Api.Claims;

/// <summary>Opaque cursors: clients pass them back as <c>after</c> and never read them.</summary>
public static class ClaimCursor
{
    private const string Prefix = "claim:";

    public static string Encode(int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out int position)
    {
        position = -1;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out position);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
