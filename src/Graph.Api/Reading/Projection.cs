namespace Graph.Api.Reading;

/// <summary>
/// How a field reads the graph inside the one Cypher statement of its operation: a Cypher expression
/// over <see cref="ProjectionScope.Parent"/>, the variable of the node the field belongs to. A
/// property needs none (a node map carries the properties its selected fields read:
/// <see cref="ProjectionExtensions.Reads{TSource, TReturn}"/>, else all of them); a relationship is a pattern
/// comprehension whose items are the child selection compiled by <see cref="ProjectionScope.Map(string)"/>:
/// <code>s => $"[({s.Parent})-[:ABOUT]->({v}:Entity) | {s.Map(v)}]"</code>
/// Declared on the field with <see cref="ProjectionExtensions.Projects{TSource, TReturn}"/>.
/// </summary>
public delegate string Projection(ProjectionScope scope);
