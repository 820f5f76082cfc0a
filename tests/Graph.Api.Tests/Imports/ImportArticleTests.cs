using System.Net;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Imports;

/// <summary>
/// <c>importArticle</c> and <c>retractArticle</c> on the real Neo4j holding the seed: the same rules as
/// the CLI, nothing written on any error, a repeated import changes nothing, and only with the key.
/// </summary>
[Collection(SeedPublisherTests.Collection)]
public sealed class ImportArticleTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private const string Import = """
        mutation($input: ArticleInput!, $dryRun: Boolean) {
          importArticle(input: $input, dryRun: $dryRun) {
            articleId dryRun changed created updated unchanged removed
            changes { kind created updated unchanged removed }
            warnings { field message }
            article { id title publisher { id } claims { id } }
          }
        }
        """;

    private const string Retract = "mutation($id: ID!) { retractArticle(id: $id) { articleId changed removed changes { kind removed } } }";

    private const string Provenance = """
        query($article: ID!) {
          node(id: $article) { id }
          claims(reportedIn: $article) {
            edges { node { id names statement quote quantity { value qualifier unit } attributedTo { id } via { id } reports { how relays { entity { id } how } } } }
          }
        }
        """;

    [Fact]
    public async Task An_article_imports_with_its_provenance_and_importing_it_again_changes_nothing()
    {
        var (input, id) = Article();
        using var client = factory.CreateGraphQLClient();

        try
        {
            await ImportsWithProvenanceAsync(client, input, id);
        }
        finally
        {
            await client.PostAsync(Retract, new { id }, importKey: ApiFactory.ImportKey);
        }
    }

    private static async Task ImportsWithProvenanceAsync(GraphQLClient client, JsonObject input, string id)
    {
        var first = await ImportAsync(client, input);
        Assert.True((bool)first["changed"]!);
        Assert.Equal(id, (string?)first["articleId"]);
        Assert.Equal(1, Changes(first, "Article")["created"]!.GetValue<int>());
        // Two claims, and the summit's date, which the article gives it: a claim the article reports.
        Assert.Equal(3, Changes(first, "Claim")["created"]!.GetValue<int>());
        Assert.Equal(3, Changes(first, "Report")["created"]!.GetValue<int>());
        Assert.Equal(1, Changes(first, "Event")["created"]!.GetValue<int>());
        Assert.Equal("jatim-times", (string?)first["article"]?["publisher"]?["id"]);

        var again = await ImportAsync(client, input);
        Assert.False((bool)again["changed"]!);
        Assert.Equal(0, (int)again["created"]! + (int)again["updated"]! + (int)again["removed"]!);
        Assert.Equal((int)first["created"]!, (int)again["unchanged"]!);

        var response = await client.PostAsync(Provenance, new { article = id });
        Assert.Empty(response.Errors);
        var claims = response.Data!["claims"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToDictionary(n => (string)n["names"]![0]!);
        var troops = claims[$"troops-{Suffix(id)}"];
        Assert.Equal([$"agency-{Suffix(id)}"], Ids(troops["attributedTo"]));
        Assert.Equal(["ntv"], Ids(troops["via"]));
        Assert.Equal(12000, (double)troops["quantity"]!["value"]!);
        Assert.Equal("UP_TO", (string?)troops["quantity"]!["qualifier"]);
        Assert.Equal("translated", (string?)troops["reports"]![0]!["relays"]![0]!["how"]);
        Assert.Equal(Quote, (string?)troops["quote"]);
    }

    [Fact]
    public async Task Every_problem_comes_back_with_its_field_and_nothing_is_written()
    {
        var (input, id) = Article();
        var claims = input["claims"]!.AsArray();
        claims[0]!["about"]!.AsArray().Add("north-koera");
        claims[0]!["time"] = "2024-02-30";
        claims[1]!["quantity"] = new JsonObject { ["low"] = 5000, ["high"] = 100, ["unit"] = "troops" };
        input["published"] = "yesterday";
        input["declares"]![0]!["aliases"] = new JsonArray(new JsonObject { ["language"] = "not a tag", ["names"] = new JsonArray("X") });
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync(Import, new { input }, importKey: ApiFactory.ImportKey);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Data?["importArticle"]);
        Assert.All(response.Codes, code => Assert.Equal("VALIDATION_ERROR", code));
        var fields = response.Errors.Select(e => (string?)e!["extensions"]!["field"]).ToList();
        Assert.Contains("input.claims[0].about[1]", fields);
        Assert.Contains("input.claims[0].time", fields);
        Assert.Contains("input.published", fields);
        Assert.Contains("input.declares[0].aliases", fields);
        Assert.Contains(fields, f => f!.StartsWith("input.claims[1].quantity", StringComparison.Ordinal));
        Assert.Contains(response.Errors, e => ((string)e!["message"]!).Contains("did you mean 'north-korea'", StringComparison.Ordinal));
        Assert.All(response.Errors, e => Assert.Equal("importArticle", (string?)e!["path"]![0]));

        var after = await client.PostAsync(Provenance, new { article = id });
        Assert.Null(after.Data!["node"]);
        Assert.Empty(after.Data!["claims"]!["edges"]!.AsArray());
        Assert.Null((await client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = $"summit-{Suffix(id)}" })).Data!["node"]);
    }

    [Fact]
    public async Task A_claim_other_articles_report_cannot_be_redefined()
    {
        var (input, id) = Article();
        input["claims"]![0]!["id"] = "north-korea-ratified-strategic-partnership-treaty";
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync(Import, new { input }, importKey: ApiFactory.ImportKey);

        var error = Assert.Single(response.Errors);
        Assert.Equal("VALIDATION_ERROR", (string?)error!["extensions"]!["code"]);
        Assert.Equal("input.claims[0].id", (string?)error["extensions"]!["field"]);
        Assert.Contains("2024-11-12-jatimtimes-rusia-korea-utara-aliansi", (string)error["message"]!, StringComparison.Ordinal);
        Assert.Null((await client.PostAsync(Provenance, new { article = id })).Data!["node"]);
        var seeded = await client.PostAsync("{ node(id: \"north-korea-ratified-strategic-partnership-treaty\") { ... on Claim { time reports { article { id } } } } }");
        Assert.Equal("2024-11-11", (string?)seeded.Data!["node"]!["time"]);
        Assert.DoesNotContain(seeded.Data!["node"]!["reports"]!.AsArray(), r => (string?)r!["article"]!["id"] == id);
    }

    [Fact]
    public async Task A_dry_run_counts_what_would_change_and_writes_nothing()
    {
        var (input, id) = Article();
        using var client = factory.CreateGraphQLClient();

        var result = await ImportAsync(client, input, dryRun: true);

        Assert.True((bool)result["dryRun"]!);
        Assert.Equal(1, Changes(result, "Article")["created"]!.GetValue<int>());
        Assert.Null(result["article"]);
        Assert.Null((await client.PostAsync(Provenance, new { article = id })).Data!["node"]);
    }

    [Fact]
    public async Task Retracting_removes_the_article_and_its_own_claims_and_keeps_shared_things()
    {
        var (input, id) = Article();
        using var client = factory.CreateGraphQLClient();
        await ImportAsync(client, input);

        var response = await client.PostAsync(Retract, new { id }, importKey: ApiFactory.ImportKey);

        Assert.Empty(response.Errors);
        var result = response.Data!["retractArticle"]!;
        Assert.True((bool)result["changed"]!);
        Assert.Equal(1, Changes(result, "Article")["removed"]!.GetValue<int>());
        Assert.Equal(3, Changes(result, "Claim")["removed"]!.GetValue<int>());
        var after = await client.PostAsync(Provenance, new { article = id });
        Assert.Null(after.Data!["node"]);
        Assert.Null((await client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = $"troops-{Suffix(id)}" })).Data!["node"]);
        Assert.NotNull((await client.PostAsync("{ node(id: \"north-korea\") { id } }")).Data!["node"]);

        var unknown = await client.PostAsync(Retract, new { id = "no-such-article" }, importKey: ApiFactory.ImportKey);
        Assert.False((bool)unknown.Data!["retractArticle"]!["changed"]!);
    }

    [Fact]
    public async Task Declared_things_keep_their_aliases_and_can_be_found_by_them()
    {
        var (input, id) = Article();
        using var client = factory.CreateGraphQLClient();
        await ImportAsync(client, input);

        var response = await client.PostAsync("query($text: String!) { search(text: $text) { id name aliases } }", new { text = $"KTT Tanpa Nama {Suffix(id)}" });
        await client.PostAsync(Retract, new { id }, importKey: ApiFactory.ImportKey);

        var found = response.Data!["search"]!.AsArray();
        Assert.Equal($"summit-{Suffix(id)}", (string?)found[0]!["id"]);
        Assert.Contains($"KTT Tanpa Nama {Suffix(id)}", found[0]!["aliases"]!.AsArray().Select(a => (string?)a));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Without_the_import_key_a_mutation_is_refused_before_neo4j_is_asked(string? key)
    {
        var (input, id) = Article();
        using var client = factory.CreateGraphQLClient();
        await client.PostAsync("{ __typename }");
        var before = factory.AppClient.RoundTrips;

        var response = await client.PostAsync(Import, new { input }, importKey: key);

        Assert.Equal(before, factory.AppClient.RoundTrips);
        Assert.Equal(["FORBIDDEN"], response.Codes);
        Assert.Contains("X-Import-Key", (string)response.Errors[0]!["message"]!, StringComparison.Ordinal);
        Assert.Null((await client.PostAsync(Provenance, new { article = id })).Data!["node"]);
    }

    internal const string Quote = "“Hingga 12.000 tentara” — 북한군 \"dikirim\" \\ ke Rusia 🇷🇺\nbaris kedua";

    /// <summary>
    /// A fresh article (unique ids). Its claims concern only things it declares itself, so tests on the
    /// seed running at the same time see none of it; it names the seed's publisher and relay, by name.
    /// </summary>
    internal static (JsonObject Input, string Id) Article()
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var id = $"api-import-{suffix}";
        var input = new JsonObject
        {
            ["id"] = id,
            ["title"] = "Korea Utara kirim pasukan",
            ["url"] = "https://example.org/" + suffix,
            ["publisher"] = "Jatim Times",
            ["published"] = "2024-11-13T08:00:00+07:00",
            ["language"] = "id",
            ["cites"] = new JsonArray("ntv"),
            ["declares"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = $"agency-{suffix}",
                    ["kind"] = "ORGANIZATION",
                    ["name"] = $"Agency {suffix}",
                    ["type"] = "intelligence-agency",
                    ["aliases"] = new JsonArray(new JsonObject { ["language"] = "id", ["names"] = new JsonArray($"Badan Intelijen {suffix}") }),
                },
                new JsonObject { ["id"] = $"deployment-{suffix}", ["kind"] = "DEPLOYMENT", ["name"] = $"Deployment {suffix}", ["roles"] = new JsonArray("infantry") },
                new JsonObject
                {
                    ["id"] = $"summit-{suffix}",
                    ["kind"] = "EVENT",
                    ["name"] = $"Unnamed summit {suffix}",
                    ["type"] = "summit",
                    ["date"] = "2024-11",
                    ["aliases"] = new JsonArray(new JsonObject { ["language"] = "id", ["names"] = new JsonArray($"KTT Tanpa Nama {suffix}") }),
                    ["participants"] = new JsonArray(new JsonObject { ["id"] = $"Badan Intelijen {suffix}", ["role"] = "host" }),
                    ["concerns"] = new JsonArray(new JsonObject { ["id"] = $"deployment-{suffix}" }),
                }),
            ["claims"] = new JsonArray(
                new JsonObject
                {
                    ["id"] = $"troops-{suffix}",
                    ["statement"] = "Up to 12,000 troops have been sent.",
                    ["predicate"] = "troops-sent",
                    ["about"] = new JsonArray($"deployment-{suffix}"),
                    ["quantity"] = new JsonObject { ["value"] = 12000, ["qualifier"] = "UP_TO", ["unit"] = "troops" },
                    ["time"] = "2024-11",
                    ["quote"] = Quote,
                    ["from"] = new JsonArray($"Badan Intelijen {suffix}"),
                    ["via"] = new JsonArray(new JsonObject { ["id"] = "NTV", ["how"] = "TRANSLATED" }),
                },
                new JsonObject
                {
                    ["id"] = $"summit-held-{suffix}",
                    ["statement"] = "A summit was held.",
                    ["predicate"] = "held",
                    ["about"] = new JsonArray($"summit-{suffix}"),
                    ["stance"] = "ASSERTED",
                    ["quote"] = "KTT diadakan.",
                    ["how"] = "QUOTED",
                }),
        };
        return (input, id);
    }

    private static async Task<JsonNode> ImportAsync(GraphQLClient client, JsonObject input, bool dryRun = false)
    {
        var response = await client.PostAsync(Import, new { input, dryRun }, importKey: ApiFactory.ImportKey);
        Assert.True(response.Errors.Count == 0, response.ToString());
        return response.Data!["importArticle"]!;
    }

    private static JsonNode Changes(JsonNode result, string kind) =>
        result["changes"]!.AsArray().Single(c => (string?)c!["kind"] == kind)!;

    private static string Suffix(string articleId) => articleId["api-import-".Length..];

    private static List<string?> Ids(JsonNode? list) => [.. list!.AsArray().Select(e => (string?)e!["id"])];
}
