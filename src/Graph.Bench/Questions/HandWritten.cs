using System.Text.Json.Nodes;
using Graph.Neo4j.Client;

namespace Graph.Bench.Questions;

/// <summary>
/// The baseline for one IDE example: the statements sent in one request to Neo4j, and how their rows
/// become the same JSON as the GraphQL answer's <c>data</c> (in C#, with the same pure functions the
/// API uses where the API computes in C#: claim relations, independent origins' count, facts).
/// </summary>
public sealed record HandWritten(IReadOnlyList<Cypher> Statements, Func<IReadOnlyList<CypherResult>, JsonObject> Answer);
