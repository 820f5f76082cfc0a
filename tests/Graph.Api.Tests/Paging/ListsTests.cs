using System.Text.Json.Nodes;
using Graph.Api.Tests.Support;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Testing;
using Xunit;

namespace Graph.Api.Tests.Paging;

/// <summary>The paged lists (<c>entities</c>, <c>articles</c>, <c>claims</c>): cursors walk the whole list once, filters by kind, text and date range, sorts.</summary>
public sealed class ListsTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private const string SeedArticle = "2024-11-12-jatimtimes-rusia-korea-utara-aliansi";

    private static readonly SeedSet Seed = SeedReader.ReadPaths([Path.Combine(Neo4jServer.RepositoryRoot(), "seed")]);

    [Fact]
    public async Task Walking_the_pages_of_countries_visits_each_once_in_name_order()
    {
        var expected = Seed.Entities.Where(e => e.Kind == EntityKind.Country).Select(e => e.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();
        Assert.True(expected.Count > 3, "the seed should hold more than one page of 3 countries");
        using var client = factory.CreateGraphQLClient();

        var names = new List<string>();
        string? after = null;
        int pages = 0, total = -1;
        do
        {
            var response = await client.PostAsync("""
                query($after: String) { entities(kinds: [COUNTRY], first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { __typename name } } } }
                """, new { after });
            Assert.Empty(response.Errors);
            var page = response.Data!["entities"]!;
            total = (int)page["totalCount"]!;
            var edges = page["edges"]!.AsArray();
            Assert.True(edges.Count <= 3);
            Assert.All(edges, e => Assert.Equal("Country", (string?)e!["node"]!["__typename"]));
            names.AddRange(edges.Select(e => (string)e!["node"]!["name"]!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
            pages++;
        }
        while (after is not null && pages < 20);

        Assert.Equal(expected.Count, total);
        Assert.Equal(expected, names);
        Assert.Equal((expected.Count + 2) / 3, pages);
    }

    [Fact]
    public async Task Things_filter_by_date_range_and_sort_by_date()
    {
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync("""
            { entities(kinds: [EVENT, TREATY], from: "2024-06", to: "2024-11-12", sort: LATEST_FIRST, first: 100) {
                edges { node { id ... on Event { date } ... on Treaty { signedOn } } } } }
            """);

        Assert.Empty(response.Errors);
        var dates = response.Data!["entities"]!["edges"]!.AsArray()
            .Select(e => (string?)e!["node"]!["date"] ?? (string?)e!["node"]!["signedOn"]).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.InRange(string.CompareOrdinal(d, "2024-06"), 0, int.MaxValue));
        Assert.All(dates, d => Assert.True(string.CompareOrdinal(d![..Math.Min(d!.Length, 10)], "2024-11-12") <= 0, d));
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.Contains(response.Data!["entities"]!["edges"]!.AsArray(), e => (string?)e!["node"]!["id"] == "russia-dprk-strategic-partnership-treaty");
    }

    [Fact]
    public async Task Things_filter_by_text_in_any_language()
    {
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync("{ entities(text: \"Koréa Utara\") { totalCount edges { node { id } } } }");

        Assert.Empty(response.Errors);
        Assert.Contains(response.Data!["entities"]!["edges"]!.AsArray(), e => (string?)e!["node"]!["id"] == "north-korea");
    }

    [Fact]
    public async Task Articles_filter_by_publisher_and_publication_date()
    {
        using var client = factory.CreateGraphQLClient();
        const string query = """
            query($from: String, $to: String) { articles(publisher: "jatim-times", from: $from, to: $to, first: 100) { totalCount edges { node { id publishedOn } } } }
            """;

        var november = await client.PostAsync(query, new { from = "2024-11", to = "2024-11-12" });
        var later = await client.PostAsync(query, new { from = "2024-11-13", to = (string?)null });

        Assert.Empty(november.Errors);
        Assert.Contains(november.Data!["articles"]!["edges"]!.AsArray(), e => (string?)e!["node"]!["id"] == SeedArticle);
        Assert.All(november.Data!["articles"]!["edges"]!.AsArray(), e => Assert.StartsWith("2024-11", (string)e!["node"]!["publishedOn"]!, StringComparison.Ordinal));
        Assert.DoesNotContain(later.Data!["articles"]!["edges"]!.AsArray(), e => (string?)e!["node"]!["id"] == SeedArticle);
    }

    [Fact]
    public async Task Claims_filter_by_when_they_were_first_reported()
    {
        // A claim is first reported by the earliest article that reports its content, whichever that is.
        var firstReported = Seed.Articles.SelectMany(a => a.Claims.Select(c => (c.Claim.NodeId, a.PublishedOn)))
            .GroupBy(c => c.NodeId).ToDictionary(g => g.Key, g => g.Select(c => c.PublishedOn).Min(StringComparer.Ordinal)!);
        var claims = Seed.Articles.Single(a => a.Id == SeedArticle).Claims.Select(c => c.Claim.NodeId).Distinct().ToList();
        var expected = claims.Count(c => firstReported[c] == "2024-11-12");
        var earlier = claims.Count(c => string.CompareOrdinal(firstReported[c], "2024-11") < 0);
        Assert.True(earlier > 0, "the seed has a claim of the Jatim Times article that an October article reported first");
        using var client = factory.CreateGraphQLClient();
        const string query = "query($from: String, $to: String) { claims(reportedIn: \"" + SeedArticle + "\", from: $from, to: $to) { totalCount } }";

        var thatDay = await client.PostAsync(query, new { from = "2024-11-12", to = "2024-11-12" });
        var dayAfter = await client.PostAsync(query, new { from = "2024-11-13", to = (string?)null });
        var before = await client.PostAsync(query, new { from = (string?)null, to = "2024-10" });

        Assert.Equal(expected, (int)thatDay.Data!["claims"]!["totalCount"]!);
        Assert.Equal(0, (int)dayAfter.Data!["claims"]!["totalCount"]!);
        Assert.Equal(earlier, (int)before.Data!["claims"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("{ entities(from: \"2024-02-30\") { totalCount } }", "from")]
    [InlineData("{ articles(to: \"last week\") { totalCount } }", "to")]
    [InlineData("{ entities(after: \"bm9wZQ==\") { totalCount } }", "after")]
    public async Task A_bad_date_or_cursor_is_a_clear_error(string query, string field)
    {
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync(query);

        Assert.Equal(["BAD_USER_INPUT"], response.Codes);
        Assert.Equal(field, (string?)response.Errors[0]!["extensions"]!["field"]);
    }

    [Fact]
    public async Task A_cursor_of_one_list_is_refused_by_another()
    {
        using var client = factory.CreateGraphQLClient();
        var claims = await client.PostAsync("{ claims(first: 1) { pageInfo { endCursor } } }");
        var cursor = (string)claims.Data!["claims"]!["pageInfo"]!["endCursor"]!;

        var response = await client.PostAsync("query($after: String) { articles(after: $after) { totalCount } }", new { after = cursor });

        Assert.Equal(["BAD_USER_INPUT"], response.Codes);
    }
}
