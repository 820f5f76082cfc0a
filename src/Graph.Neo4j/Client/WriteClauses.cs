namespace Graph.Neo4j.Client;

/// <summary>
/// Finds a clause that writes in a Cypher statement, outside string literals, comments and
/// backtick-quoted names. Neo4j 3 has no read-only transactions over HTTP, so the read path checks
/// the text itself before it is sent; a property, label, map key or parameter named like a
/// clause (<c>n.set</c>, <c>{delete: 1}</c>, <c>$create</c>) is not a clause.
/// </summary>
public static class WriteClauses
{
    private static readonly HashSet<string> Writing = new(StringComparer.OrdinalIgnoreCase)
    {
        "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH", "LOAD", "DROP", "CALL",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = Writing.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first writing clause (upper-cased), or null when the statement only reads.</summary>
    public static string? Find(string cypher)
    {
        var i = 0;
        while (i < cypher.Length)
        {
            var c = cypher[i];
            if (c is '\'' or '"' or '`')
            {
                i = SkipQuoted(cypher, i, c);
            }
            else if (c == '/' && i + 1 < cypher.Length && cypher[i + 1] == '/')
            {
                var end = cypher.IndexOf('\n', i);
                i = end < 0 ? cypher.Length : end;
            }
            else if (c == '/' && i + 1 < cypher.Length && cypher[i + 1] == '*')
            {
                var end = cypher.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? cypher.Length : end + 2;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < cypher.Length && (char.IsLetterOrDigit(cypher[i]) || cypher[i] == '_'))
                {
                    i++;
                }

                // Looked up as a span: a statement of the read path has hundreds of names, none worth a string.
                var word = cypher.AsSpan(start, i - start);
                if (Words.Contains(word) && IsClause(cypher, start, i))
                {
                    return word.ToString().ToUpperInvariant();
                }
            }
            else
            {
                i++;
            }
        }

        return null;
    }

    private static int SkipQuoted(string cypher, int start, char quote)
    {
        var i = start + 1;
        while (i < cypher.Length)
        {
            if (cypher[i] == '\\' && quote != '`')
            {
                i += 2;
                continue;
            }

            if (cypher[i] == quote)
            {
                return i + 1;
            }

            i++;
        }

        return cypher.Length;
    }

    /// <summary>A keyword, not a name: not after <c>.</c>, <c>:</c> or <c>$</c>, and not a map key (followed by <c>:</c>).</summary>
    private static bool IsClause(string cypher, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && char.IsWhiteSpace(cypher[before]))
        {
            before--;
        }

        if (before >= 0 && cypher[before] is '.' or ':' or '$')
        {
            return false;
        }

        var after = end;
        while (after < cypher.Length && char.IsWhiteSpace(cypher[after]))
        {
            after++;
        }

        return after >= cypher.Length || cypher[after] != ':';
    }
}
