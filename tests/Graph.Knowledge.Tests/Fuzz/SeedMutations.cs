using System.Text;

namespace Graph.Knowledge.Tests.Fuzz;

/// <summary>
/// Mutations of real seed files, driven by one seed number so that a failing case can be replayed:
/// byte flips, truncations, deleted, duplicated and swapped lines, and YAML fragments (anchors,
/// aliases, tags, flow collections, odd indentation, control characters) spliced in.
/// </summary>
internal static class SeedMutations
{
    private static readonly string[] Fragments =
    [
        ": ", "- ", "{", "}", "[", "]", "&a ", "*a", "*missing", "!!binary ", "!!int ", "? ", "|", ">-", "\t", "\0", "\u001b",
        "\"unterminated", "'", "#", "---\n", "...\n", "%YAML 1.1\n", "<<: *a\n", "~", "null", "-1e400", "99999999999999999999",
        "2024-13-45", "  ", "        - ", "\u202e", "\ud800", "é", "claims: [", "from: [", "quantity: { value: ", "id: ", "aliases: {",
    ];

    public static string Apply(string text, int seed, int mutations)
    {
        var random = new Random(seed);
        for (var i = 0; i < mutations; i++)
        {
            text = random.Next(7) switch
            {
                0 => FlipByte(text, random),
                1 => text[..random.Next(text.Length + 1)],
                2 => EditLines(text, random, (lines, at) => lines.RemoveAt(at)),
                3 => EditLines(text, random, (lines, at) => lines.Insert(at, lines[at])),
                4 => EditLines(text, random, (lines, at) => (lines[at], lines[^1]) = (lines[^1], lines[at])),
                5 => text.Insert(random.Next(text.Length + 1), Fragments[random.Next(Fragments.Length)]),
                _ => RandomYaml(random, depth: 0),
            };
        }

        return text;
    }

    private static string FlipByte(string text, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return text;
        }

        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        return Encoding.UTF8.GetString(bytes);
    }

    private static string EditLines(string text, Random random, Action<List<string>, int> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines, random.Next(lines.Count));
        return string.Join('\n', lines);
    }

    /// <summary>A small random YAML document with the keys of an article, so that it gets past the first checks.</summary>
    private static string RandomYaml(Random random, int depth)
    {
        string[] keys = ["id", "title", "publisher", "published", "language", "claims", "about", "from", "via", "quantity", "value", "time", "declares", "kind", "aliases", "x"];
        var builder = new StringBuilder();
        var indent = new string(' ', depth * 2);
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            builder.Append(indent).Append(keys[random.Next(keys.Length)]).Append(':');
            builder.Append(random.Next(5) switch
            {
                0 when depth < 3 => "\n" + RandomYaml(random, depth + 1),
                1 when depth < 3 => "\n" + indent + "  - " + RandomYaml(random, depth + 2).TrimStart(),
                2 => " [" + string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(_ => Fragments[random.Next(Fragments.Length)].Trim())) + "]",
                3 => " " + random.Next(-5, 100_000),
                _ => " " + Fragments[random.Next(Fragments.Length)] + "\n",
            });
            if (builder[^1] != '\n')
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }
}
