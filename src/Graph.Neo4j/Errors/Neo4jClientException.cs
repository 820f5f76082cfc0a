namespace Graph.Neo4j.Errors;

/// <summary>A <c>Neo.ClientError.*</c>: the request was wrong; sending it again will not help.</summary>
public class Neo4jClientException(string code, string message) : Neo4jException(code, message);
