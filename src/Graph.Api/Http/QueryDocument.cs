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
/// </summary>
internal static class QueryDocument
{
    private static readonly ParserOptions Options = new() { Ignore = IgnoreOptions.Comments };

    public static (GraphQLDocument? Document, Refusal? Refusal) Parse(string query, ApiOptions limits)
    {
        if (query.Length > limits.MaxQueryCharacters)
        {
            return (null, new Refusal(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooLarge,
                $"The query is {query.Length} characters long; at most {limits.MaxQueryCharacters} are accepted."));
        }

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
