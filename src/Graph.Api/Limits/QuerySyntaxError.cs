namespace Graph.Api.Limits;

/// <summary>A syntax error in a query: what is wrong and where (1-based line and column).</summary>
public sealed record QuerySyntaxError(string Message, int Line, int Column);
