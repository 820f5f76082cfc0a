using System.Diagnostics;
using System.Net;
using System.Text;
using Graph.Api.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Api.Tests.Http;

/// <summary>
/// The requests that tied up the CPU for minutes (issue 13) are each refused at once, with a code and
/// HTTP 400, before Neo4j is asked. Each prints how long it took; the client gives up after 10 s,
/// so a return of the quadratic parse (34 s at 200 KB) fails the test rather than hanging the run.
/// </summary>
public sealed class QueryLimitsTests(ApiFactory factory, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData(200 * 1024, "GRAPHQL_PARSE_FAILED")]
    [InlineData(1900 * 1024, "QUERY_TOO_LARGE")]
    public async Task A_long_string_literal_with_a_missing_closing_brace_is_refused_at_once(int length, string code)
    {
        var query = "{ search(text: \"" + new string('a', length) + "\") { id }";
        var response = await RefusedAsync(query, code);
        if (code == "GRAPHQL_PARSE_FAILED")
        {
            Assert.Contains("Expected", (string?)response.Errors[0]?["message"], StringComparison.Ordinal);
            Assert.Equal(1, (int?)response.Errors[0]?["locations"]?[0]?["line"]);
            Assert.Equal(query.Length + 1, (int?)response.Errors[0]?["locations"]?[0]?["column"]);
        }
    }

    [Fact]
    public async Task An_unterminated_long_string_is_refused_at_once_naming_where_it_starts()
    {
        var response = await RefusedAsync("{ search(text: \"" + new string('a', 200 * 1024) + ") { id } }", "GRAPHQL_PARSE_FAILED");
        Assert.Contains("Unterminated string", (string?)response.Errors[0]?["message"], StringComparison.Ordinal);
        Assert.Equal(16, (int?)response.Errors[0]?["locations"]?[0]?["column"]);
    }

    [Theory]
    [InlineData(16_000, "QUERY_TOO_MANY_TOKENS")]
    [InlineData(50_000, "QUERY_TOO_LARGE")]
    [InlineData(150_000, "QUERY_TOO_LARGE")]
    public async Task One_field_repeated_tens_of_thousands_of_times_is_refused_at_once(int times, string code) =>
        await RefusedAsync("{ " + Repeat("__typename ", times) + "}", code);

    [Fact]
    public async Task Three_thousand_aliases_of_path_are_refused_at_once() =>
        await RefusedAsync("{ " + Repeat(i => $"p{i}: path(from: \"north-korea\", to: \"russia\") {{ hops {{ claims {{ id }} }} }} ", 3_000) + "}", "QUERY_TOO_MANY_TOKENS");

    [Fact]
    public async Task Twenty_thousand_aliases_of_node_are_refused_at_once() =>
        await RefusedAsync("{ " + Repeat(i => $"n{i}: node(id: \"north-korea\") {{ id }} ", 20_000) + "}", "QUERY_TOO_LARGE");

    [Fact]
    public async Task Repeats_within_the_token_limit_are_counted_as_field_selections() =>
        await RefusedAsync("{ " + Repeat("__typename ", 2_500) + "}", "QUERY_TOO_MANY_FIELDS");

    [Fact]
    public async Task Fields_selected_through_fragments_count_once_per_spread()
    {
        // 30 spreads of 100 fields: 3,000 selections from about 200 tokens.
        var query = "query { " + Repeat("...F ", 30) + "} fragment F on Query { " + Repeat(i => $"t{i}: __typename ", 100) + "}";
        await RefusedAsync(query, "QUERY_TOO_MANY_FIELDS");
    }

    [Fact]
    public async Task Nesting_deeper_than_the_parser_allows_is_QUERY_TOO_DEEP() =>
        await RefusedAsync(Repeat("{ a ", 5_000) + Repeat("} ", 5_000), "QUERY_TOO_DEEP");

    [Fact]
    public async Task A_query_within_the_limits_still_runs()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync("{ " + Repeat(i => $"t{i}: __typename ", 500) + "}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", (string?)response.Data?["t499"]);
    }

    private async Task<GraphQLResponse> RefusedAsync(string query, string code)
    {
        using var http = factory.CreateClient();
        http.Timeout = TimeSpan.FromSeconds(10);
        using var client = new GraphQLClient(http);
        await client.PostAsync("{ __typename }");
        var before = factory.AppClient.RoundTrips;
        var clock = Stopwatch.StartNew();
        var response = await client.PostAsync(query);
        output.WriteLine($"{query.Length} characters: {(int)response.Status} {string.Join(',', response.Codes)} in {clock.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal([code], response.Codes);
        Assert.NotNull(response.Errors[0]?["extensions"]?["correlationId"]);
        Assert.Equal(before, factory.AppClient.RoundTrips);
        return response;
    }

    private static string Repeat(string text, int times) => Repeat(_ => text, times);

    private static string Repeat(Func<int, string> text, int times)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < times; i++)
        {
            builder.Append(text(i));
        }

        return builder.ToString();
    }
}
