using Graph.Knowledge.Model;

namespace Graph.Knowledge.Seed.Parsed;

public sealed record ParsedGrade(SeedScalar? Value, SeedScalar? By, SeedScalar? On, SourceLocation Location, string Path);
