namespace Graph.Neo4j.Client;

/// <summary>
/// Counts the HTTP requests sent to Neo4j on behalf of one unit of work (an API request): start one
/// with <see cref="Start"/> and every request the client sends in that async flow adds to it.
/// </summary>
public sealed class Neo4jRequestCount
{
    private static readonly AsyncLocal<Neo4jRequestCount?> Current = new();
    private int _value;

    public int Value => Volatile.Read(ref _value);

    /// <summary>Starts counting for the calling async flow and what it awaits.</summary>
    public static Neo4jRequestCount Start()
    {
        var count = new Neo4jRequestCount();
        Current.Value = count;
        return count;
    }

    internal static void Increment()
    {
        if (Current.Value is { } count)
        {
            Interlocked.Increment(ref count._value);
        }
    }
}
