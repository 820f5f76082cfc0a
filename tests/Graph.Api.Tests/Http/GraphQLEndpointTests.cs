using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Http;

public sealed class GraphQLEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Typename = "{ __typename }";

    [Fact]
    public async Task Post_json_answers_in_the_graphql_response_media_type_when_accepted()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync(Typename);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Equal("Query", (string?)response.Data?["__typename"]);
    }

    [Fact]
    public async Task Post_json_answers_in_application_json_for_legacy_clients()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync(Typename, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
    }

    [Fact]
    public async Task Get_runs_queries()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.GetAsync(Typename);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", (string?)response.Data?["__typename"]);
    }

    [Fact]
    public async Task Get_refuses_a_mutation_with_405()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.GetAsync("mutation { retractArticle(id: \"nothing\") { removed } }");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Contains("METHOD_NOT_ALLOWED", response.Codes);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "query=%7B__typename%7D")]
    [InlineData("text/plain", "{\"query\":\"{ __typename }\"}")]
    [InlineData("multipart/form-data; boundary=x", "--x--")]
    public async Task Post_with_a_content_type_other_than_json_is_refused_with_415(string contentType, string body)
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var response = await GraphQLResponse.ReadAsync(await client.PostAsync("/graphql", content));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Contains("UNSUPPORTED_MEDIA_TYPE", response.Codes);
    }

    [Fact]
    public async Task A_body_over_2_MB_is_refused_with_413()
    {
        using var client = factory.CreateClient();
        var padding = new string(' ', (2 * 1024 * 1024) + 1);
        using var content = new StringContent("{\"query\":\"{ __typename }\"" + padding + "}", Encoding.UTF8, "application/json");
        var response = await GraphQLResponse.ReadAsync(await client.PostAsync("/graphql", content));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Contains("PAYLOAD_TOO_LARGE", response.Codes);
    }

    [Fact]
    public async Task A_batch_is_refused_with_400()
    {
        using var client = factory.CreateClient();
        using var content = new StringContent("[{\"query\":\"{ __typename }\"},{\"query\":\"{ __typename }\"}]", Encoding.UTF8, "application/json");
        var response = await GraphQLResponse.ReadAsync(await client.PostAsync("/graphql", content));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("BATCHING_NOT_SUPPORTED", response.Codes);
    }

    [Fact]
    public async Task Malformed_json_is_400_and_a_missing_query_is_400()
    {
        using var client = factory.CreateClient();
        using var broken = new StringContent("{\"query\":", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/graphql", broken)).StatusCode);
        using var empty = new StringContent("{}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/graphql", empty)).StatusCode);
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_400_with_graphql_response_json_and_200_with_json()
    {
        using var client = factory.CreateGraphQLClient();
        var modern = await client.PostAsync("{ noSuchField }");
        Assert.Equal(HttpStatusCode.BadRequest, modern.Status);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], modern.Codes);
        Assert.Null(modern.Body?["data"]);

        var legacy = await client.PostAsync("{ noSuchField }", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);

        var syntax = await client.PostAsync("{ claims(");
        Assert.Equal(HttpStatusCode.BadRequest, syntax.Status);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], syntax.Codes);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var client = factory.CreateClient();
        var response = await client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task An_unacceptable_accept_header_is_406()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync(Typename, accept: "image/png");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task An_unknown_id_is_null_without_error()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = "no-such-node-" + Guid.NewGuid().ToString("N") });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
        Assert.Null(response.Data?["node"]);
    }

    [Fact]
    public async Task Every_error_carries_a_stable_code_and_a_correlation_id()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync("{ claims(after: \"not-a-cursor\") { totalCount } }");
        var error = Assert.Single(response.Errors);
        Assert.Equal("BAD_USER_INPUT", (string?)error?["extensions"]?["code"]);
        Assert.False(string.IsNullOrEmpty((string?)error?["extensions"]?["correlationId"]));
    }
}
