namespace Graph.Neo4j.Errors;

/// <summary>An error Neo4j reported, with its status code (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>).</summary>
public class Neo4jException : Exception
{
    public Neo4jException(string code, string message)
        : base($"{code}: {message}")
    {
        Code = code;
        Neo4jMessage = message;
    }

    public Neo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "";
        Neo4jMessage = message;
    }

    public Neo4jException()
        : this("", "")
    {
    }

    public Neo4jException(string message)
        : this("", message)
    {
    }

    public string Code { get; }

    public string Neo4jMessage { get; }

    /// <summary>Turns a Neo4j status code into the most specific exception type.</summary>
    public static Neo4jException From(string code, string message) => code switch
    {
        "Neo.ClientError.Schema.ConstraintValidationFailed" => new Neo4jConstraintViolationException(code, message),
        _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => new Neo4jAuthenticationException(code, message),
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => new Neo4jClientException(code, message),
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new Neo4jTransientException(code, message),
        _ => new Neo4jException(code, message),
    };
}
