namespace Graph.Knowledge.Model;

/// <summary>Where a value was written: file (relative to the seed root when known), 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
