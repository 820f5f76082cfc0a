namespace Graph.Api.Limits;

/// <summary>What <see cref="QueryLexer"/> found in a query text.</summary>
public sealed class QueryScan
{
    /// <summary>Tokens counted; when the limit was passed, the limit plus one (counting stops there).</summary>
    public required int Tokens { get; init; }

    public bool TooManyTokens { get; init; }

    /// <summary>A lexical error (unterminated string, bad escape, overlong name), with where it starts.</summary>
    public QuerySyntaxError? Error { get; init; }

    /// <summary>
    /// The same tokens one per line, every string literal replaced by <c>""</c>: what the parser checks
    /// first, so that the columns it reports (and the error text it composes) stay short.
    /// </summary>
    public string Skeleton { get; init; } = "";

    /// <summary>Where each line of <see cref="Skeleton"/> starts in the query (1-based line and column).</summary>
    public IReadOnlyList<(int Line, int Column)> TokenStarts { get; init; } = [];

    /// <summary>Where the query ends, for errors at the end of the input.</summary>
    public (int Line, int Column) End { get; init; }
}
