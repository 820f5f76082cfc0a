namespace Graph.Api.Http;

/// <summary>A request turned away before GraphQL runs: its status, code and message.</summary>
internal sealed record Refusal(int Status, string Code, string Message);
