using System.Net;
using Graph.Api.Tests.Support;
using Graph.Testing;
using Xunit;

namespace Graph.Api.Tests.Http;

/// <summary>Every standard client starts with introspection: it must answer, bounded by its own limit rather than the data depth.</summary>
public sealed class IntrospectionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>
    /// The exact text graphql-js 16.15.0 generates, written by
    /// <c>node -e "process.stdout.write(require('graphql').getIntrospectionQuery({ descriptions: true, specifiedByUrl: true,
    /// directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }))"</c> run in src/Graph.Api/ClientApp.
    /// </summary>
    private static readonly string FullIntrospection = File.ReadAllText(
        Path.Combine(Neo4jServer.RepositoryRoot(), "tests", "Graph.Api.Tests", "Resources", "graphql-js-16-introspection.graphql"));

    [Fact]
    public async Task Graphql_js_full_introspection_query_answers_without_errors()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync(FullIntrospection);

        Assert.True(response.Status == HttpStatusCode.OK && response.Errors.Count == 0, response.ToString());
        var schema = response.Data!["__schema"]!;
        var types = schema["types"]!.AsArray().Select(t => (string?)t!["name"]).ToList();
        Assert.Contains("Query", types);
        Assert.Contains("Claim", types);
        Assert.Equal("Query", (string?)schema["queryType"]!["name"]);
        Assert.All(schema["directives"]!.AsArray(), d => Assert.NotNull(d!["isRepeatable"]));
        Assert.False(string.IsNullOrEmpty((string?)schema["description"]));
    }

    [Fact]
    public async Task OfType_nested_beyond_the_limit_is_refused()
    {
        var ofTypes = string.Concat(Enumerable.Repeat("ofType { ", 20)) + "name" + string.Concat(Enumerable.Repeat(" }", 20));
        var response = await RefusedAsync($"{{ __type(name: \"Claim\") {{ fields {{ type {{ {ofTypes} }} }} }} }}");
        Assert.Equal(["INTROSPECTION_TOO_DEEP"], response.Codes);
    }

    [Fact]
    public async Task Fields_of_fields_of_fields_beyond_the_limit_are_refused()
    {
        const string query = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }";
        var response = await RefusedAsync(query);
        Assert.Equal(["INTROSPECTION_TOO_DEEP"], response.Codes);
    }

    [Fact]
    public async Task A_data_query_deeper_than_10_is_still_refused_as_too_deep()
    {
        const string deep = "{ node(id: \"x\") { ... on Claim { reports { article { claims { reports { article { claims { reports { article { claims { id } } } } } } } } } } } }";
        var response = await RefusedAsync(deep);
        Assert.Equal(["QUERY_TOO_DEEP"], response.Codes);
    }

    private async Task<GraphQLResponse> RefusedAsync(string query)
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        return response;
    }
}
