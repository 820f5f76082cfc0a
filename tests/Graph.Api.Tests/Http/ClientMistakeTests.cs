using System.Net;
using System.Net.Http.Json;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Http;

/// <summary>Client mistakes are 400s with a code saying which; only server faults are 500s.</summary>
public sealed class ClientMistakeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_syntax_error_is_GRAPHQL_PARSE_FAILED_with_the_parsers_message_and_location()
    {
        var response = await PostAsync(new { query = "{\n  claims(first: 5) {\n    totalCount\n  }\n  search(text: ) { id }\n}" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], response.Codes);
        var error = response.Errors[0]!;
        Assert.Contains("Unexpected", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(5, (int?)error["locations"]?[0]?["line"]);
        Assert.Equal(16, (int?)error["locations"]?[0]?["column"]);
        Assert.DoesNotContain("Something went wrong", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_escape_in_a_string_is_GRAPHQL_PARSE_FAILED()
    {
        var response = await PostAsync(new { query = "{ search(text: \"a\\qb\") { id } }" });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], response.Codes);
    }

    [Fact]
    public async Task A_query_and_a_mutation_without_an_operation_name_is_OPERATION_NAME_REQUIRED()
    {
        var response = await PostAsync(new { query = "query Q { __typename } mutation M { retractArticle(id: \"x\") { changed } }" });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["OPERATION_NAME_REQUIRED"], response.Codes);
        Assert.Contains("operation name", (string?)response.Errors[0]?["message"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_operation_name_the_document_does_not_have_is_OPERATION_NOT_FOUND()
    {
        var response = await PostAsync(new { query = "query Q { __typename }", operationName = "R" });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["OPERATION_NOT_FOUND"], response.Codes);
    }

    [Fact]
    public async Task The_named_operation_runs()
    {
        var response = await PostAsync(new { query = "query Q { __typename } query R { t: __typename }", operationName = "R" });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", (string?)response.Data?["t"]);
    }

    private async Task<GraphQLResponse> PostAsync(object body)
    {
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await GraphQLResponse.ReadAsync(await http.SendAsync(request));
    }
}
