namespace Graph.Knowledge.Model;

/// <summary>An Admiralty grade: reliability A-F on a source or credibility 1-6 on a claim, with who graded it and when.</summary>
public sealed record Grade(string Value, string GradedBy, string GradedOn);
