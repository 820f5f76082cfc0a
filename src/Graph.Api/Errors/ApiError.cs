using GraphQL;

namespace Graph.Api.Errors;

/// <summary>An error whose message is written for the client, with one of the <see cref="ErrorCodes"/>.</summary>
public sealed class ApiError : ExecutionError
{
    public ApiError(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Names the offending input, e.g. <c>input.claims[3].quantity.value</c>.</summary>
    public string? Field
    {
        get => Data["field"] as string;
        init => Data["field"] = value;
    }
}
