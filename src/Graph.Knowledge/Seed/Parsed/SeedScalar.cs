using Graph.Knowledge.Model;

namespace Graph.Knowledge.Seed.Parsed;

/// <summary>A scalar exactly as written (no YAML type resolution), with where it was written.</summary>
public sealed record SeedScalar(string Text, SourceLocation Location, string Path);
