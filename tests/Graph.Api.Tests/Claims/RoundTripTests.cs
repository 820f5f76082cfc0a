using Graph.Api.Tests.Support;
using Graph.Neo4j.Client;
using Graph.Testing;
using Xunit;

namespace Graph.Api.Tests.Claims;

/// <summary>No N+1: what a page of claims with its provenance costs in Neo4j round trips does not depend on the page's size.</summary>
public sealed class RoundTripTests(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private const string CreateClaims = """
        UNWIND range(1, $count) AS i
        MERGE (a:Article {id: $prefix + '-article'})
          ON CREATE SET a.title = 'Round trips', a.publishedOn = '2024-01-01', a.language = 'en'
        MERGE (outlet:Entity:Organization {id: $prefix + '-outlet'})
          ON CREATE SET outlet.name = 'Outlet', outlet.aliases = []
        MERGE (a)-[:PUBLISHED_BY]->(outlet)
        MERGE (source:Entity:Organization {id: $prefix + '-source-' + toString(i % 7)})
          ON CREATE SET source.name = 'Source ' + toString(i % 7), source.aliases = []
        MERGE (relay:Entity:Organization {id: $prefix + '-relay-' + toString(i % 3)})
          ON CREATE SET relay.name = 'Relay ' + toString(i % 3), relay.aliases = []
        CREATE (c:Claim {id: $prefix + '-claim-' + toString(i), statement: 'Claim ' + toString(i)})
        CREATE (r:Report {id: $prefix + '-report-' + toString(i), quote: 'quote', how: 'quoted', position: i})
        CREATE (r)-[:REPORTS]->(c)
        CREATE (r)-[:IN]->(a)
        CREATE (r)-[:ORIGINATED_BY]->(source)
        CREATE (r)-[:RELAYED_BY {order: 1, how: 'quoted'}]->(relay)
        """;

    private const string DeleteClaims = """
        MATCH (n)
        WHERE n.id STARTS WITH $prefix
        DETACH DELETE n
        """;

    private const string Page = """
        query($article: ID!, $first: Int!) {
          claims(reportedIn: $article, first: $first) {
            totalCount
            edges { node { id statement attributedTo { id name } via { id name } reportedIn { id title publisher { name } } } }
          }
        }
        """;

    private readonly string _prefix = Neo4jFixture.UniqueId("roundtrips");

    public async Task InitializeAsync()
    {
        using var client = new Neo4jClient(await Neo4jServer.GetAsync());
        await client.RunAsync(new Cypher("TestCreateClaims", CreateClaims, new Dictionary<string, object?> { ["prefix"] = _prefix, ["count"] = 50 }));
    }

    public async Task DisposeAsync()
    {
        using var client = new Neo4jClient(await Neo4jServer.GetAsync());
        await client.RunAsync(new Cypher("TestDeleteClaims", DeleteClaims, new Dictionary<string, object?> { ["prefix"] = _prefix }));
    }

    [Fact]
    public async Task A_page_of_50_claims_with_provenance_costs_the_same_round_trips_as_a_page_of_5()
    {
        using var client = factory.CreateGraphQLClient();
        await client.PostAsync("{ node(id: \"warm-up\") { id } }"); // the client finds Neo4j's endpoint on its first request

        var (five, fiveTrips) = await MeasureAsync(client, 5);
        var (fifty, fiftyTrips) = await MeasureAsync(client, 50);

        Assert.Equal(5, five.Data?["claims"]?["edges"]?.AsArray().Count);
        Assert.Equal(50, fifty.Data?["claims"]?["edges"]?.AsArray().Count);
        Assert.All(fifty.Data!["claims"]!["edges"]!.AsArray(), edge =>
        {
            Assert.Single(edge!["node"]!["attributedTo"]!.AsArray());
            Assert.Single(edge["node"]!["via"]!.AsArray());
            Assert.Equal("Outlet", (string?)edge["node"]!["reportedIn"]![0]!["publisher"]!["name"]);
        });
        Assert.Equal(fiveTrips, fiftyTrips);
        Assert.Equal(1, fiftyTrips); // the page with the claims' reports, asserters, relays, articles and publishers: one compiled statement
    }

    private async Task<(GraphQLResponse Response, long RoundTrips)> MeasureAsync(GraphQLClient client, int first)
    {
        var before = factory.AppClient.RoundTrips;
        var response = await client.PostAsync(Page, new { article = _prefix + "-article", first });
        Assert.Empty(response.Errors);
        return (response, factory.AppClient.RoundTrips - before);
    }
}
