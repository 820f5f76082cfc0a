namespace Graph.Knowledge.Model;

public sealed record ClaimReport(ClaimDefinition Claim, ReportDefinition Report);
