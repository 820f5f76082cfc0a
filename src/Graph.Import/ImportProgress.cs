namespace Graph.Import;

/// <summary>How far an import is: <paramref name="Done"/> of <paramref name="Total"/> transactions, the last one named.</summary>
public sealed record ImportProgress(int Done, int Total, string Current);
