using System.Net;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Http;

public sealed class PagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Health_is_200_when_neo4j_answers()
    {
        using var client = factory.CreateClient();
        var response = await GraphQLResponse.ReadAsync(await client.GetAsync("/health"));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("up", (string?)response.Body?["neo4j"]);
    }

    [Fact]
    public async Task A_browser_opening_graphql_gets_the_ide()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/dist/graphiql.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explore_serves_the_graph_view_and_its_assets_are_served_locally()
    {
        using var client = factory.CreateClient();
        var page = await client.GetStringAsync("/explore");
        Assert.Contains("/dist/explore.js", page, StringComparison.Ordinal);
        using var script = await client.GetAsync("/dist/explore.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
