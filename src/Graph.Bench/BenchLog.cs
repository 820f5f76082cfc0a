namespace Graph.Bench;

/// <summary>The run's progress, on stderr: one line per step, stamped with the UTC time.</summary>
internal static class BenchLog
{
    public static void Write(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
}
