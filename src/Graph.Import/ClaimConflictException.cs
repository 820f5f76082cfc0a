namespace Graph.Import;

/// <summary>
/// An import refused before anything was written: it would redefine claims that articles outside
/// the import report (<see cref="Conflicts"/>, one per offending claim).
/// </summary>
public sealed class ClaimConflictException : Exception
{
    public ClaimConflictException(IReadOnlyList<ClaimConflict> conflicts)
        : base($"{conflicts.Count} claim(s) already in the graph would be redefined; nothing was written.")
    {
        Conflicts = conflicts;
    }

    public ClaimConflictException()
        : this([])
    {
    }

    public ClaimConflictException(string message)
        : base(message)
    {
        Conflicts = [];
    }

    public ClaimConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        Conflicts = [];
    }

    public IReadOnlyList<ClaimConflict> Conflicts { get; }
}
