using Graph.Neo4j;
using Graph.Neo4j.Client;

namespace Graph.Bench.Questions;

/// <summary>A graph the questions are timed on (<see cref="QuestionTimer"/>).</summary>
/// <param name="Neo4j">the Neo4j that holds it: the API and the relay send their requests there.</param>
/// <param name="Baseline">the client that sends the hand-written Cypher to that Neo4j.</param>
/// <param name="Differences">where both answers of a question whose answers differ are written, to look at.</param>
/// <param name="Label">named in the lines the check prints when several graphs are timed together (e.g. "100,000 claims").</param>
public sealed record TimedGraph(Neo4jOptions Neo4j, Neo4jClient Baseline, string Differences, string? Label = null);
