using System.Text;

namespace Graph.Api.Limits;

/// <summary>
/// A linear pass over a GraphQL query before the parser sees it: counts tokens (stopping once past the
/// limit), checks string literals, and writes the token skeleton the parser checks first. Why: the
/// parser composes its error message with padding built one space at a time up to the error's column,
/// so an error after a long line (a 200 KB string with a missing <c>}</c>) costs time in the square of
/// that column. On the skeleton every token starts a line and no string is longer than <c>""</c>.
/// </summary>
public static class QueryLexer
{
    /// <summary>Names and numbers longer than this are refused: no schema has them, and the parser reports errors inside them by column.</summary>
    public const int MaxNameLength = 1000;

    public static QueryScan Scan(string query, int maxTokens)
    {
        var skeleton = new StringBuilder();
        var starts = new List<(int Line, int Column)>();
        var line = 1;
        var lineStart = 0;
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            switch (c)
            {
                case '\n':
                    i++;
                    line++;
                    lineStart = i;
                    continue;
                case '\r':
                    i += i + 1 < query.Length && query[i + 1] == '\n' ? 2 : 1;
                    line++;
                    lineStart = i;
                    continue;
                case ' ' or '\t' or ',' or '\uFEFF':
                    i++;
                    continue;
                case '#':
                    while (i < query.Length && query[i] is not '\n' and not '\r')
                    {
                        i++;
                    }

                    continue;
            }

            if (starts.Count >= maxTokens)
            {
                return new QueryScan { Tokens = maxTokens + 1, TooManyTokens = true };
            }

            var start = (line, i - lineStart + 1);
            starts.Add(start);
            if (c == '"')
            {
                var error = SkipString(query, ref i, ref line, ref lineStart, start);
                if (error is not null)
                {
                    return new QueryScan { Tokens = starts.Count, Error = error };
                }

                skeleton.Append("\"\"\n");
                continue;
            }

            var end = TokenEnd(query, i);
            if (end - i > MaxNameLength)
            {
                return new QueryScan
                {
                    Tokens = starts.Count,
                    Error = new QuerySyntaxError($"A name or number is longer than {MaxNameLength} characters.", start.line, start.Item2),
                };
            }

            skeleton.Append(query, i, end - i).Append('\n');
            i = end;
        }

        // Without a final line break, "found EOF" is reported just after the last token.
        return new QueryScan { Tokens = starts.Count, Skeleton = skeleton.ToString().TrimEnd('\n'), TokenStarts = starts, End = (line, i - lineStart + 1) };
    }

    /// <summary>The end of the token at <paramref name="i"/>: a name, a number (with whatever letters the parser will judge), <c>...</c>, or one character.</summary>
    private static int TokenEnd(string query, int i)
    {
        var c = query[i];
        if (char.IsAsciiLetter(c) || c == '_')
        {
            var end = i + 1;
            while (end < query.Length && (char.IsAsciiLetterOrDigit(query[end]) || query[end] == '_'))
            {
                end++;
            }

            return end;
        }

        if (char.IsAsciiDigit(c) || c == '-')
        {
            var end = i + 1;
            while (end < query.Length && (char.IsAsciiLetterOrDigit(query[end]) || query[end] is '_' or '.' or '+' or '-'))
            {
                end++;
            }

            return end;
        }

        return c == '.' && i + 2 < query.Length && query[i + 1] == '.' && query[i + 2] == '.' ? i + 3 : i + 1;
    }

    private static QuerySyntaxError? SkipString(string query, ref int i, ref int line, ref int lineStart, (int Line, int Column) start)
    {
        var block = i + 2 < query.Length && query[i + 1] == '"' && query[i + 2] == '"';
        i += block ? 3 : 1;
        while (i < query.Length)
        {
            var c = query[i];
            if (block)
            {
                if (c == '"' && i + 2 < query.Length && query[i + 1] == '"' && query[i + 2] == '"')
                {
                    i += 3;
                    return null;
                }

                if (c == '\\' && i + 3 < query.Length && query[i + 1] == '"' && query[i + 2] == '"' && query[i + 3] == '"')
                {
                    i += 4;
                    continue;
                }

                if (c == '\n' || (c == '\r' && (i + 1 >= query.Length || query[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
                else if (c < ' ' && c is not '\t' and not '\r')
                {
                    return Error("Invalid character within a block string.");
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"':
                    i++;
                    return null;
                case '\n' or '\r':
                    return Error("Unterminated string: a line break before its closing quote.");
                case '\\':
                    if (i + 1 >= query.Length)
                    {
                        return Error("Unterminated string.");
                    }

                    if (query[i + 1] == 'u')
                    {
                        if (i + 5 >= query.Length || !IsHex(query, i + 2, 4))
                        {
                            return Error("Invalid Unicode escape in a string: \\u takes four hex digits.");
                        }

                        i += 6;
                        continue;
                    }

                    if (query[i + 1] is not ('"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't'))
                    {
                        return Error($"Invalid escape sequence in a string: \\{query[i + 1]}.");
                    }

                    i += 2;
                    continue;
                case < ' ' and not '\t':
                    return Error("Invalid character within a string.");
                default:
                    i++;
                    continue;
            }
        }

        return Error("Unterminated string.");

        QuerySyntaxError Error(string message) => new($"{message} The string starts at line {start.Line}, column {start.Column}.", start.Line, start.Column);
    }

    private static bool IsHex(string text, int from, int count)
    {
        for (var k = from; k < from + count; k++)
        {
            if (!char.IsAsciiHexDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
