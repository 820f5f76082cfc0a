namespace Graph.Api.Http;

/// <summary>A request turned away before GraphQL runs: its status, code and message.</summary>
internal sealed record Refusal(int Status, string Code, string Message)
{
    /// <summary>Where in the query the problem is (1-based line and column), when it is in the query.</summary>
    public (int Line, int Column)? Location { get; init; }

    /// <summary>
    /// A GraphQL request error (a syntax error): 400 with <c>application/graphql-response+json</c> and
    /// 200 with legacy <c>application/json</c>, as the GraphQL-over-HTTP spec says for such errors.
    /// </summary>
    public bool FollowsMediaType { get; init; }
}
