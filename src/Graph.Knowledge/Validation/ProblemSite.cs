using Graph.Knowledge.Model;

namespace Graph.Knowledge.Validation;

/// <summary>Carried as a FluentValidation failure's CustomState so the failure becomes a positioned <see cref="Seed.SeedProblem"/>.</summary>
public sealed record ProblemSite(SourceLocation Location, string Path);
