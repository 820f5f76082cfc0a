namespace Graph.Cli;

/// <summary>What the <c>graph</c> command returns; documented in <c>--help</c> and README.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int WrongUsage = 2;
    public const int Neo4jUnreachable = 3;
}
