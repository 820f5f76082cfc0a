namespace Graph.Import;

/// <summary>What an import did to one node.</summary>
public enum ChangeKind
{
    Created,
    Updated,
    Unchanged,
    Removed,
}
