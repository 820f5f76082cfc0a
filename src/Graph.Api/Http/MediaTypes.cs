namespace Graph.Api.Http;

public static class MediaTypes
{
    /// <summary>The GraphQL-over-HTTP response type; with it, request errors come back as 4xx.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    public const string Json = "application/json";
}
