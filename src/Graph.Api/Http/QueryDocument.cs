using System.Collections.Concurrent;
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
/// One instance per application (a singleton): a query text that parsed within its limits is kept (at most
/// <see cref="CachedDocuments"/> texts, the first ones seen). Clients send the same few texts again and again with
/// other variables, and GraphQL.NET's executor only reads a document, so the next request with that text skips the
/// lexer and both parses. Refusals are not kept.
/// An operation of a kept text that once passed every validation rule is marked (<see cref="MarkValidated"/>): the
/// standard rules read only the document and the schema, so its next requests run only the rules that read the
/// request (<see cref="RequestRules"/>: variables, method, headers, page sizes, cost), as GraphQL.NET's own document
/// cache does with <c>CachedDocumentValidationRules</c>.
/// </summary>
internal sealed class QueryDocument
{
    /// <summary>How many parsed query texts are kept; once full, further texts are parsed on each request.</summary>
    public const int CachedDocuments = 512;

    private static readonly ParserOptions Options = new() { Ignore = IgnoreOptions.Comments };
    private readonly ConcurrentDictionary<string, GraphQLDocument> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(GraphQLDocument Document, string? Operation), bool> _validated = new();

    /// <summary>
    /// The standard rules a validated operation still needs: argument validators read variable values. The
    /// application's own rules (<see cref="GraphApiExtensions.AddGraphApi"/>) are added by GraphQL.NET to whatever list is given.
    /// </summary>
    public static IReadOnlyList<GraphQL.Validation.IValidationRule> RequestRules { get; } =
        [.. GraphQL.Validation.DocumentValidator.CoreRules.OfType<GraphQL.Validation.Rules.FieldArgumentsAreValidRule>()];

    /// <summary>Whether <paramref name="operation"/> of this kept document passed every rule before.</summary>
    public bool WasValidated(GraphQLDocument document, string? operation) => _validated.ContainsKey((document, operation));

    /// <summary>Marks an operation of a kept document as having passed every rule (documents not kept are not marked).</summary>
    public void MarkValidated(GraphQLDocument document, string? operation)
    {
        if (_parsed.TryGetValue(document.Source.ToString(), out var kept) && ReferenceEquals(kept, document) && _validated.Count < CachedDocuments * 4)
        {
            _validated.TryAdd((document, operation), true);
        }
    }

    public (GraphQLDocument? Document, Refusal? Refusal) Parse(string query, ApiOptions limits)
    {
        if (query.Length > limits.MaxQueryCharacters)
        {
            return (null, new Refusal(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooLarge,
                $"The query is {query.Length} characters long; at most {limits.MaxQueryCharacters} are accepted."));
        }

        if (_parsed.TryGetValue(query, out var known))
        {
            return (known, null);
        }

        var (document, refusal) = ParseWithinLimits(query, limits);
        if (document is not null && _parsed.Count < CachedDocuments)
        {
            _parsed.TryAdd(query, document);
        }

        return (document, refusal);
    }

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
}
