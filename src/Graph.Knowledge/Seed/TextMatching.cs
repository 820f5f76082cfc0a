using System.Globalization;
using System.Text;

namespace Graph.Knowledge.Seed;

/// <summary>Name matching shared by entity resolution and "did you mean" suggestions.</summary>
public static class TextMatching
{
    /// <summary>
    /// What names are matched on: <see cref="Fold"/> without spaces and hyphens, so "Kim Jong-un",
    /// "Kim Jong Un" and "kim-jong-un" meet, as do "Korea Utara" and "KoreaUtara".
    /// </summary>
    public static string SearchKey(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c != ' ' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.DashPunctuation)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Lower case, diacritics dropped, spaces collapsed: "Korea Utara" and "korea  utara" meet, so do
    /// "Klyszcz" and "Klýszcz". FormD does the dropping where ICU is loaded; <see cref="DiacriticFolding"/>
    /// covers invariant-globalization runs, where FormD leaves precomposed letters whole.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(char.ToLowerInvariant(DiacriticFolding.Fold(c)));
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }

    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The closest candidate, if close enough to be a typo (at most a third of the word, at least 2 edits allowed).</summary>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        var key = text.ToLowerInvariant();
        var limit = Math.Max(2, key.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(key, candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    public static string DidYouMean(string text, IEnumerable<string> candidates) =>
        Closest(text, candidates) is { } suggestion ? $" (did you mean '{suggestion}'?)" : string.Empty;
}
