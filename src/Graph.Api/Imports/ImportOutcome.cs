using Graph.Api.Nodes;
using Graph.Import;
using Graph.Knowledge.Seed;

namespace Graph.Api.Imports;

/// <summary>What an import or a retraction did: the summary per kind, the article as the graph now holds it, and the warnings.</summary>
public sealed record ImportOutcome(string ArticleId, bool DryRun, ImportSummary Summary, NodeRecord? Article, IReadOnlyList<SeedProblem> Warnings);
