namespace Graph.Knowledge.Seed;

/// <summary>
/// One thing wrong (or, among warnings, doubtful) in a seed file. <see cref="Path"/> names the value
/// inside the document, e.g. <c>claims[3].quantity.value</c> (indexes are 0-based).
/// </summary>
public sealed record SeedProblem(string File, int Line, int Column, string Path, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
