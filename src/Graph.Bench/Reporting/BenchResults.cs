namespace Graph.Bench.Reporting;

public sealed record LoadResult(double Seconds, long Nodes, long Relationships, long Requests)
{
    public double PerSecond => (Nodes + Relationships) / Seconds;
}

public sealed record QuestionResult(
    string Name,
    double GraphQLP50,
    double GraphQLP95,
    double CypherP50,
    double CypherP95,
    long Neo4jRequestsPerOperation,
    int CypherRequestsPerOperation,
    int GraphQLItems,
    int CypherItems,
    string? Error)
{
    public double RatioP50 => GraphQLP50 / CypherP50;

    public double RatioP95 => GraphQLP95 / CypherP95;
}

public sealed record SizeResult(
    int Claims,
    int Reports,
    int Articles,
    double ReadSeconds,
    LoadResult Raw,
    LoadResult Import,
    int Rounds,
    IReadOnlyList<QuestionResult> Questions)
{
    public double ImportToRaw => Import.PerSecond / Raw.PerSecond;
}
