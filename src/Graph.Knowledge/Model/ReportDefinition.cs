namespace Graph.Knowledge.Model;

/// <summary>
/// One appearance of a claim in one article. <see cref="Statement"/> is the article's claim in one
/// English sentence (its wording, not the claim's identity). <see cref="Via"/> is in order from the
/// originator towards the article; <see cref="Position"/> is the 1-based order of the claim in the article.
/// An empty <see cref="OriginatedBy"/> means the article names no source ("reports say ...").
/// </summary>
public sealed record ReportDefinition(string Statement, string Quote, IReadOnlyList<string> OriginatedBy, IReadOnlyList<Relay> Via, RelayMode How, int Position);
