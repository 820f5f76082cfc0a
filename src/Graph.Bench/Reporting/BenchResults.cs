namespace Graph.Bench.Reporting;

public sealed record LoadResult(double Seconds, long Nodes, long Relationships, long Requests)
{
    public double NodesPerSecond => Nodes / Seconds;

    public double RelationshipsPerSecond => Relationships / Seconds;

    public double PerSecond => (Nodes + Relationships) / Seconds;
}

/// <summary>
/// One IDE example at one size. <see cref="Problem"/> is set when the hand-written answer is not the
/// GraphQL answer (or there is none, or GraphQL answered with errors): then only GraphQL was timed.
/// <see cref="AnswerSize"/> counts the values of the GraphQL answer (<c>AnswerComparison.Size</c>).
/// <see cref="RelayP50"/> and <see cref="RelayP95"/>: the hand-written statements sent through the bench's <c>HttpRelay</c>
/// (NaN in results written before the relay was timed).
/// </summary>
public sealed record QuestionResult(
    string Name,
    double GraphQLP50,
    double GraphQLP95,
    double CypherP50,
    double CypherP95,
    int? Neo4jRequests,
    bool AnswersEqual,
    int AnswerSize,
    string? Problem,
    double RelayP50 = double.NaN,
    double RelayP95 = double.NaN)
{
    public double RatioP50 => GraphQLP50 / CypherP50;

    public double RatioP95 => GraphQLP95 / CypherP95;

    /// <summary>The hand-written statements through the <c>HttpRelay</c> against sent to Neo4j: the least any API reached over HTTP adds (NaN: not timed).</summary>
    public double RelayRatioP50 => RelayP50 / CypherP50;
}

/// <summary>
/// One graph size. <see cref="Import"/> is null when the graph was only loaded raw (sizes above
/// <c>--import-up-to</c>); <see cref="RawAnswersDiffer"/> lists the examples whose GraphQL answer on
/// the raw-loaded graph was not the one on the imported graph (empty: the raw load stands in for the import).
/// <see cref="TimedTogether"/> is shared by the sizes whose questions were timed in the same rounds (a run of several sizes on the
/// bench's own servers, or <c>time --loaded a,b --at ...</c>: when that timing started, UTC), null for a size timed in its own run.
/// </summary>
public sealed record SizeResult(
    int Claims,
    int Reports,
    int Articles,
    double ReadSeconds,
    LoadResult Raw,
    LoadResult? Import,
    IReadOnlyList<string> RawAnswersDiffer,
    int Rounds,
    IReadOnlyList<QuestionResult> Questions,
    string? TimedTogether = null)
{
    public double? ImportToRaw => Import is null ? null : Import.PerSecond / Raw.PerSecond;
}
