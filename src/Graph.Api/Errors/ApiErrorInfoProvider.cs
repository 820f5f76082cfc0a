using Graph.Neo4j.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace Graph.Api.Errors;

/// <summary>
/// Shapes every error the client sees: a message meant for it, <c>extensions.code</c> from
/// <see cref="ErrorCodes"/> and <c>extensions.correlationId</c>. Nothing else leaves the server:
/// no exception types, stack traces, Neo4j codes or Cypher (those are in the log, under the same id).
/// </summary>
public sealed class ApiErrorInfoProvider : IErrorInfoProvider
{
    public const string CorrelationIdKey = "correlationId";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var code = CodeOf(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (executionError.Data[CorrelationIdKey] is string correlationId)
        {
            extensions[CorrelationIdKey] = correlationId;
        }

        if (executionError.Data["field"] is string field)
        {
            extensions["field"] = field;
        }

        return new ErrorInfo { Message = MessageOf(executionError, code), Extensions = extensions };
    }

    private static readonly HashSet<string> OwnCodes =
    [
        ErrorCodes.BadRequest, ErrorCodes.BadUserInput, ErrorCodes.PageSizeTooLarge, ErrorCodes.MethodNotAllowed,
        ErrorCodes.Forbidden, ErrorCodes.ImportValidation, ErrorCodes.QueryTooDeep, ErrorCodes.QueryTooComplex, ErrorCodes.IntrospectionTooDeep, ErrorCodes.Timeout, ErrorCodes.ServiceUnavailable, ErrorCodes.Internal,
        ErrorCodes.TooManyFields,
    ];

    public static string CodeOf(ExecutionError error) => error switch
    {
        ApiError api => api.Code ?? ErrorCodes.Internal,
        ValidationError own when own.Code is { } code && OwnCodes.Contains(code) => code,
        TimeoutError => ErrorCodes.Timeout,
        SyntaxError => ErrorCodes.ParseFailed,
        NoOperationNameError => ErrorCodes.OperationNameRequired,
        InvalidOperationNameError or NoOperationError => ErrorCodes.OperationNotFound,
        InvalidVariableError => ErrorCodes.BadUserInput,
        ValidationError => ErrorCodes.ValidationFailed,
        _ when error.InnerException is Neo4jUnavailableException => ErrorCodes.ServiceUnavailable,
        _ => ErrorCodes.Internal,
    };

    private static string MessageOf(ExecutionError error, string code) => code switch
    {
        // Our own messages and GraphQL.NET's request errors (syntax, operation name, validation) are written for the client; anything
        // else may quote an exception, so it is replaced.
        _ when error is ApiError or DocumentError or TimeoutError => error.Message,
        ErrorCodes.ServiceUnavailable => UnhandledErrors.UnavailableMessage,
        _ => UnhandledErrors.InternalMessage,
    };
}
