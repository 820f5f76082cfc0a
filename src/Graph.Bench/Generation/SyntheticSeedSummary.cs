namespace Graph.Bench.Generation;

public sealed record SyntheticSeedSummary(int Claims, int Reports, int Articles, int Things);
