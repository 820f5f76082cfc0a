namespace Graph.Knowledge.Seed.Parsed;

public sealed record ParsedAlias(SeedScalar Language, SeedScalar Text);
