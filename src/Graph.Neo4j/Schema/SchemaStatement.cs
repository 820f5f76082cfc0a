namespace Graph.Neo4j.Schema;

/// <summary>One schema statement from <c>schema/neo4j/*.cypher</c>, in Neo4j 5 syntax.</summary>
public sealed record SchemaStatement(string File, string Name, string Text);
