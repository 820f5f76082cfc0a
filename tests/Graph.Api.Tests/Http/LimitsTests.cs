using System.Net;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Http;

/// <summary>Each limit refuses the request before Neo4j is asked: the app's round-trip counter does not move.</summary>
public sealed class LimitsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_query_deeper_than_10_is_refused_before_neo4j_is_asked()
    {
        const string deep = """
            { claims { edges { node { reports { article { claims { reports { article { claims { reports { article { id } } } } } } } } } } } }
            """;
        var response = await RefusedAsync(deep);
        Assert.Contains("QUERY_TOO_DEEP", response.Codes);
    }

    [Fact]
    public async Task A_too_complex_query_is_refused_before_neo4j_is_asked()
    {
        const string wide = """
            { claims(first: 100) { edges { node { reports { article { claims { about { id } reports { via { id } } } } } } } } }
            """;
        var response = await RefusedAsync(wide);
        Assert.Contains("QUERY_TOO_COMPLEX", response.Codes);
    }

    [Theory]
    [InlineData("{ claims(first: 101) { totalCount } }")]
    [InlineData("{ search(text: \"korea\", first: 500) { id } }")]
    [InlineData("{ neighbourhood(id: \"north-korea\", limit: 1000) { nodes { id } } }")]
    public async Task A_page_larger_than_100_is_refused_before_neo4j_is_asked(string query)
    {
        var response = await RefusedAsync(query);
        Assert.Equal(["PAGE_SIZE_TOO_LARGE"], response.Codes);
    }

    [Fact]
    public async Task A_page_size_from_a_variable_is_checked_too()
    {
        var response = await RefusedAsync("query($n: Int) { claims(first: $n) { totalCount } }", new { n = 1000 });
        Assert.Equal(["PAGE_SIZE_TOO_LARGE"], response.Codes);
    }

    private async Task<GraphQLResponse> RefusedAsync(string query, object? variables = null)
    {
        using var client = factory.CreateGraphQLClient();
        await client.PostAsync("{ __typename }");
        var before = factory.AppClient.RoundTrips;
        var response = await client.PostAsync(query, variables);
        Assert.Equal(before, factory.AppClient.RoundTrips);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Body?["data"]);
        Assert.All(response.Errors, e => Assert.NotNull(e?["extensions"]?["correlationId"]));
        return response;
    }
}
