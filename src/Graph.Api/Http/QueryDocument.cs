using Graph.Api.Errors;
using Graph.Api.Limits;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Graph.Api.Http;

/// <summary>
/// Turns the query text into a document within the limits, before GraphQL.NET sees it: the size in
/// characters, the number of tokens (counted by <see cref="QueryLexer"/> in one linear pass), then the
/// parser, first on the lexer's skeleton (so a syntax error costs time linear in the query) and only
/// then on the text itself.
/// One instance per application (a singleton): a query text that parsed within its limits is kept, at most
/// <see cref="CachedDocuments"/> texts, the least recently used one dropped when a new text comes in. Clients send
/// the same few texts again and again with other variables, and GraphQL.NET's executor only reads a document, so the
/// next request with that text skips the lexer and both parses; a client that sends a text once (its values in the
/// text instead of variables) only pushes older ones out, never keeps the clients after it from being kept. Refusals are not kept.
/// An operation of a kept text that once passed every validation rule is marked (<see cref="MarkValidated"/>, dropped
/// with the text): the standard rules read only the document and the schema, so its next requests run only the rules that read the
/// request (<see cref="RequestRules"/>: variables, method, headers, page sizes, cost), as GraphQL.NET's own document
/// cache does with <c>CachedDocumentValidationRules</c>.
/// </summary>
internal sealed class QueryDocument
{
    /// <summary>How many parsed query texts are kept; a new one then replaces the least recently used.</summary>
    public const int CachedDocuments = 512;

    private static readonly ParserOptions Options = new() { Ignore = IgnoreOptions.Comments };
    private readonly int _capacity;
    private readonly Lock _gate = new();

    // By text; the list holds the same entries, the most recently used first.
    private readonly Dictionary<string, LinkedListNode<Kept>> _kept = new(StringComparer.Ordinal);
    private readonly LinkedList<Kept> _recency = new();

    public QueryDocument()
        : this(CachedDocuments)
    {
    }

    /// <param name="capacity">how many texts are kept (tests use a few).</param>
    internal QueryDocument(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>
    /// The standard rules a validated operation still needs: argument validators read variable values. The
    /// application's own rules (<see cref="GraphApiExtensions.AddGraphApi"/>) are added by GraphQL.NET to whatever list is given.
    /// </summary>
    public static IReadOnlyList<GraphQL.Validation.IValidationRule> RequestRules { get; } =
        [.. GraphQL.Validation.DocumentValidator.CoreRules.OfType<GraphQL.Validation.Rules.FieldArgumentsAreValidRule>()];

    /// <summary>How many texts are kept now.</summary>
    internal int Count
    {
        get
        {
            lock (_gate)
            {
                return _kept.Count;
            }
        }
    }

    /// <summary>Whether <paramref name="operation"/> of this kept document passed every rule before.</summary>
    public bool WasValidated(GraphQLDocument document, string? operation)
    {
        lock (_gate)
        {
            return KeptEntry(document) is { } kept && kept.Validated.Contains(operation);
        }
    }

    /// <summary>
    /// Marks an operation of a kept document as having passed every rule (documents not kept are not marked, nor
    /// names the document does not define: so a text's marks are at most its operations).
    /// </summary>
    public void MarkValidated(GraphQLDocument document, string? operation)
    {
        if (operation is not null && !document.Definitions.OfType<GraphQLOperationDefinition>().Any(o => o.Name?.StringValue == operation))
        {
            return;
        }

        lock (_gate)
        {
            KeptEntry(document)?.Validated.Add(operation);
        }
    }

    public (GraphQLDocument? Document, Refusal? Refusal) Parse(string query, ApiOptions limits)
    {
        if (query.Length > limits.MaxQueryCharacters)
        {
            return (null, new Refusal(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooLarge,
                $"The query is {query.Length} characters long; at most {limits.MaxQueryCharacters} are accepted."));
        }

        lock (_gate)
        {
            if (_kept.TryGetValue(query, out var known))
            {
                _recency.Remove(known);
                _recency.AddFirst(known);
                return (known.Value.Document, null);
            }
        }

        // Parsed outside the lock: two requests with one new text may both parse it, and the first kept wins.
        var (document, refusal) = ParseWithinLimits(query, limits);
        return document is null ? (null, refusal) : (Keep(query, document), null);
    }

    private GraphQLDocument Keep(string query, GraphQLDocument document)
    {
        lock (_gate)
        {
            if (_kept.TryGetValue(query, out var first))
            {
                return first.Value.Document;
            }

            _kept[query] = _recency.AddFirst(new Kept(query, document));
            if (_kept.Count > _capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _kept.Remove(oldest.Value.Text);
            }

            return document;
        }
    }

    // Called under the gate. A document's source is the text it was parsed from (the same string, not a copy).
    private Kept? KeptEntry(GraphQLDocument document) =>
        _kept.TryGetValue(document.Source.ToString(), out var node) && ReferenceEquals(node.Value.Document, document) ? node.Value : null;

    private static (GraphQLDocument? Document, Refusal? Refusal) ParseWithinLimits(string query, ApiOptions limits)
    {
        var scan = QueryLexer.Scan(query, limits.MaxQueryTokens);
        if (scan.TooManyTokens)
        {
            return (null, new Refusal(StatusCodes.Status400BadRequest, ErrorCodes.TooManyTokens,
                $"The query has more than {limits.MaxQueryTokens} tokens."));
        }

        if (scan.Error is { } lexical)
        {
            return (null, ParseFailed(lexical));
        }

        try
        {
            Parser.Parse(scan.Skeleton, Options);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, new Refusal(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooDeep, "The query nests deeper than the parser allows."));
        }
        catch (GraphQLParserException error)
        {
            // The skeleton has one token per line: its line is the token's index in the query.
            var at = scan.End;
            if (error.Location.Line <= scan.TokenStarts.Count)
            {
                var token = scan.TokenStarts[error.Location.Line - 1];
                at = (token.Line, token.Column + error.Location.Column - 1);
            }

            return (null, ParseFailed(new QuerySyntaxError(error.Description, at.Line, at.Column)));
        }

        try
        {
            return (Parser.Parse(query, Options), null);
        }
        catch (GraphQLParserException error)
        {
            // Not expected once the skeleton parsed: the lexer is at least as strict about strings as the parser.
            return (null, ParseFailed(new QuerySyntaxError(error.Description, error.Location.Line, error.Location.Column)));
        }
    }

    private static Refusal ParseFailed(QuerySyntaxError error) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.ParseFailed, $"Syntax error at line {error.Line}, column {error.Column}: {error.Message}")
        {
            Location = (error.Line, error.Column),
            FollowsMediaType = true,
        };

    private sealed class Kept(string text, GraphQLDocument document)
    {
        public string Text { get; } = text;

        public GraphQLDocument Document { get; } = document;

        /// <summary>The operations (null: the request named none) that passed every rule; guarded by the gate.</summary>
        public HashSet<string?> Validated { get; } = [];
    }
}
