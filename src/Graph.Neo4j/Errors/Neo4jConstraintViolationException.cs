namespace Graph.Neo4j.Errors;

/// <summary>A write broke a schema constraint, e.g. a second node with the same unique <c>id</c>.</summary>
public sealed class Neo4jConstraintViolationException(string code, string message) : Neo4jClientException(code, message);
