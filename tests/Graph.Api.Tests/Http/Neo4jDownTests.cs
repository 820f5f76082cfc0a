using System.Net;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Http;

public sealed class Neo4jDownTests(UnreachableNeo4jFactory factory) : IClassFixture<UnreachableNeo4jFactory>
{
    [Fact]
    public async Task Neo4j_down_is_SERVICE_UNAVAILABLE_with_503_and_no_detail_leaks()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync("{ claims { totalCount } }");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        var error = Assert.Single(response.Errors);
        Assert.Equal("SERVICE_UNAVAILABLE", (string?)error?["extensions"]?["code"]);
        Assert.False(string.IsNullOrEmpty((string?)error?["extensions"]?["correlationId"]));
        Assert.DoesNotContain("127.0.0.1:9", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("MATCH", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Neo.", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("stack", response.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_import_while_neo4j_is_down_is_SERVICE_UNAVAILABLE_too()
    {
        var (input, _) = Imports.ImportArticleTests.Article();
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync("mutation($input: ArticleInput!) { importArticle(input: $input) { changed } }", new { input }, importKey: ApiFactory.ImportKey);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal(["SERVICE_UNAVAILABLE"], response.Codes);
    }

    [Fact]
    public async Task Health_is_503_when_neo4j_does_not_answer()
    {
        using var client = factory.CreateClient();
        var response = await GraphQLResponse.ReadAsync(await client.GetAsync("/health"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal("down", (string?)response.Body?["neo4j"]);
    }
}
