namespace Graph.Knowledge.Seed;

/// <summary>A file to read: where it is, how problems name it, and which format it holds.</summary>
internal sealed record SeedFile(string FullPath, string DisplayName, SeedFileKind Kind);
