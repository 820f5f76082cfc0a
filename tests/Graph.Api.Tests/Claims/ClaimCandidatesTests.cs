using System.Text.Json.Nodes;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Claims;

/// <summary>
/// The claims a claim is compared with, as a <c>claims</c> page finds them (ClaimCypher.SameSubject: subsets of
/// what it is about by prefix seeks on the claim key, supersets walked from one of its things), against the real
/// Neo4j: those about fewer of its things that it shares only through a hub, those about more, none of the hub's
/// unrelated claims, the same relations as a claim read alone (which walks every thing it is about), and as of a day.
/// </summary>
[Collection(SeedPublisherTests.Collection)]
public sealed class ClaimCandidatesTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private const string Import = "mutation($input: ArticleInput!) { importArticle(input: $input) { articleId } }";

    private const string Retract = "mutation($id: ID!) { retractArticle(id: $id) { articleId } }";

    private const string Page = """
        query($id: ID!, $asOf: String) {
          claims(involving: $id, first: 50, asOf: $asOf) {
            edges { node { id names disagreesWith { names } relations { kind reason claim { names } } } }
          }
        }
        """;

    private const string Alone = """
        query($id: ID!, $asOf: String) { node(id: $id, asOf: $asOf) { ... on Claim { relations { kind reason claim { names } } } } }
        """;

    [Fact]
    public async Task A_page_compares_its_claims_with_those_about_fewer_or_more_of_their_things_and_not_with_a_hubs_others()
    {
        var s = Guid.NewGuid().ToString("N")[..12];
        using var client = factory.CreateGraphQLClient();
        var first = Article(s, "a", "2024-11-10T08:00:00Z", Declares(s),
        [
            Claim($"asserted-{s}", [$"deployment-{s}", $"hub-{s}"], 12000, "UP_TO"),
            // About more of its things: found by the walk from the deployment.
            Claim($"more-{s}", [$"deployment-{s}", $"hub-{s}", $"region-{s}"], 50000, "EXACT"),
            // Shares the deployment with the first, but neither is about all the other's things: those two are never compared.
            Claim($"aside-{s}", [$"deployment-{s}", $"region-{s}"], 90000, "EXACT"),
            // The hub's many other claims: other predicates, unrelated.
            .. Enumerable.Range(0, 30).Select(i => Claim($"hub-{i}-{s}", [$"hub-{s}"], 1000 + i, "EXACT", predicate: $"other-{i}")),
        ]);
        // Later, about the hub only, a denial: shared with the first claim only through the hub, found by a key seek.
        var second = Article(s, "b", "2024-11-20T08:00:00Z", new JsonArray(),
            [Claim($"denied-{s}", [$"hub-{s}"], 12000, "UP_TO", stance: "DENIED")]);
        try
        {
            await AskAsync(client, Import, new { input = first }, ApiFactory.ImportKey);
            await AskAsync(client, Import, new { input = second }, ApiFactory.ImportKey);

            var page = await PageAsync(client, $"deployment-{s}", asOf: null);
            Assert.Equal([$"aside-{s}", $"asserted-{s}", $"more-{s}"], page.Keys.Order(StringComparer.Ordinal));
            Assert.Equal([$"denied-{s}", $"more-{s}"], Names(page[$"asserted-{s}"]["disagreesWith"]));
            Assert.Equal(
                [
                    $"DISAGREES denied-{s}: this one asserts what the other denies",
                    $"DISAGREES more-{s}: the figures exclude each other: up to 12,000 troops and 50,000 troops",
                ],
                Relations(page[$"asserted-{s}"]));
            // The one about more is compared with both it is about all the things of; the two it is about more than are not compared.
            Assert.Equal(
                [
                    $"DISAGREES aside-{s}: the figures exclude each other: 50,000 troops and 90,000 troops",
                    $"DISAGREES asserted-{s}: the figures exclude each other: 50,000 troops and up to 12,000 troops",
                ],
                Relations(page[$"more-{s}"]));
            Assert.Equal([$"DISAGREES more-{s}: the figures exclude each other: 90,000 troops and 50,000 troops"], Relations(page[$"aside-{s}"]));
            // A claim read alone walks every thing it is about: the same relations.
            foreach (var (name, claim) in page)
            {
                var alone = (await AskAsync(client, Alone, new { id = (string)claim["id"]! }))["node"]!;
                Assert.Equal(Relations(alone), Relations(claim));
            }

            // Before the denial was published, it is not compared.
            var before = await PageAsync(client, $"deployment-{s}", asOf: "2024-11-15");
            Assert.Equal([$"more-{s}"], Names(before[$"asserted-{s}"]["disagreesWith"]));
            var aloneBefore = (await AskAsync(client, Alone, new { id = (string)before[$"asserted-{s}"]["id"]!, asOf = "2024-11-15" }))["node"]!;
            Assert.Equal(Relations(aloneBefore), Relations(before[$"asserted-{s}"]));
        }
        finally
        {
            await client.PostAsync(Retract, new { id = $"api-candidates-b-{s}" }, importKey: ApiFactory.ImportKey);
            await client.PostAsync(Retract, new { id = $"api-candidates-a-{s}" }, importKey: ApiFactory.ImportKey);
        }
    }

    private static JsonArray Declares(string s) => new(
        new JsonObject { ["id"] = $"deployment-{s}", ["kind"] = "DEPLOYMENT", ["name"] = $"Deployment {s}", ["roles"] = new JsonArray("infantry") },
        new JsonObject { ["id"] = $"hub-{s}", ["kind"] = "PLACE", ["name"] = $"Hub {s}" },
        new JsonObject { ["id"] = $"region-{s}", ["kind"] = "PLACE", ["name"] = $"Region {s}" });

    private static JsonObject Article(string s, string part, string published, JsonArray declares, JsonObject[] claims) => new()
    {
        ["id"] = $"api-candidates-{part}-{s}",
        ["title"] = $"Candidates {part} {s}",
        ["url"] = $"https://example.org/candidates-{part}-{s}",
        ["publisher"] = "Jatim Times",
        ["published"] = published,
        ["language"] = "en",
        ["declares"] = declares,
        ["claims"] = new JsonArray([.. claims]),
    };

    private static JsonObject Claim(string id, string[] about, double figure, string qualifier, string predicate = "troops-sent", string stance = "ASSERTED") => new()
    {
        ["id"] = id,
        ["statement"] = $"{id}: {figure} troops.",
        ["predicate"] = predicate,
        ["about"] = new JsonArray([.. about.Select(a => (JsonNode)a)]),
        ["quantity"] = new JsonObject { ["value"] = figure, ["qualifier"] = qualifier, ["unit"] = "troops" },
        ["time"] = "2024-11",
        ["stance"] = stance,
        ["quote"] = $"{id} quoted.",
    };

    /// <summary>The page's claims by their one name.</summary>
    private static async Task<Dictionary<string, JsonNode>> PageAsync(GraphQLClient client, string id, string? asOf) =>
        (await AskAsync(client, Page, new { id, asOf }))["claims"]!["edges"]!.AsArray()
            .Select(e => e!["node"]!).ToDictionary(n => (string)n["names"]![0]!);

    private static async Task<JsonNode> AskAsync(GraphQLClient client, string query, object variables, string? importKey = null)
    {
        var response = await client.PostAsync(query, variables, importKey: importKey);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.Data!;
    }

    private static List<string> Names(JsonNode? claims) => [.. claims!.AsArray().Select(c => (string)c!["names"]![0]!).Order(StringComparer.Ordinal)];

    private static List<string> Relations(JsonNode claim) =>
        [.. claim["relations"]!.AsArray().Select(r => $"{(string)r!["kind"]!} {(string)r["claim"]!["names"]![0]!}: {(string)r["reason"]!}").Order(StringComparer.Ordinal)];
}
