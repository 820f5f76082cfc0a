using Graph.Neo4j.Client;

namespace Graph.Api.Loading;

/// <summary>
/// One Cypher statement that answers a field for many parents at once. Its text starts with
/// <c>UNWIND $keys AS key</c> and returns a <c>key</c> column; the rows of each key, in the order
/// Neo4j returned them, are read with <paramref name="Read"/>.
/// </summary>
public sealed record BatchQuery<T>(string Name, string Text, Func<CypherRow, T> Read);
