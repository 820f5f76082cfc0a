namespace Graph.Neo4j.Errors;

/// <summary>Neo4j refused the user name or password (HTTP 401 or <c>Neo.ClientError.Security.*</c>).</summary>
public sealed class Neo4jAuthenticationException(string code, string message) : Neo4jClientException(code, message);
