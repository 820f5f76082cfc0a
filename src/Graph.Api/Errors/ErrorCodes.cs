namespace Graph.Api.Errors;

/// <summary>The stable codes every error carries in <c>extensions.code</c>. Clients switch on these, never on messages.</summary>
public static class ErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string QueryTooLarge = "QUERY_TOO_LARGE";
    public const string TooManyTokens = "QUERY_TOO_MANY_TOKENS";
    public const string TooManyFields = "QUERY_TOO_MANY_FIELDS";
    public const string OperationNameRequired = "OPERATION_NAME_REQUIRED";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    public const string RateLimited = "RATE_LIMITED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string IntrospectionTooDeep = "INTROSPECTION_TOO_DEEP";
    public const string PageSizeTooLarge = "PAGE_SIZE_TOO_LARGE";
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string Forbidden = "FORBIDDEN";
    public const string ImportValidation = "VALIDATION_ERROR";
    public const string Timeout = "TIMEOUT";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
    public const string Internal = "INTERNAL_SERVER_ERROR";
}
