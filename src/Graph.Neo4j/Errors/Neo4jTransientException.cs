namespace Graph.Neo4j.Errors;

/// <summary>A <c>Neo.TransientError.*</c> (a deadlock, a lock timeout...): the same work may succeed if tried again.</summary>
public sealed class Neo4jTransientException(string code, string message) : Neo4jException(code, message);
