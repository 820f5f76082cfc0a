using System.Net;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Questions;

/// <summary>
/// Facts on things come from the claims of the real articles in seed/ (imported by the real importer
/// into the real Neo4j), and the graph as it was known on a day counts only what was published by then.
/// </summary>
public sealed class FactsTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private const string Treaty = "russia-dprk-strategic-partnership-treaty";

    private const string TreatyFacts = """
        query($id: ID!, $asOf: String) {
          node(id: $id, asOf: $asOf) {
            ... on Treaty {
              signedOn inForceOn
              ratifications { on entity { id } }
              facts { name value precision status
                supportedBy { names independentOrigins { id } reportedIn { id publishedOn } }
                contestedBy { names } }
            }
          }
        }
        """;

    [Fact]
    public async Task Since_when_the_treaty_is_in_force_and_according_to_whom()
    {
        var treaty = (await AskAsync(TreatyFacts, new { id = Treaty }))["node"]!;

        Assert.Equal("2024-12-04", (string?)treaty["inForceOn"]);
        var inForce = Fact(treaty, "inForceOn");
        Assert.Equal(("2024-12-04", "day", "SINGLE_SOURCE"), ((string?)inForce["value"], (string?)inForce["precision"], (string?)inForce["status"]));
        var support = Assert.Single(inForce["supportedBy"]!.AsArray())!;
        Assert.Equal(["treaty-in-force-from-2024-12-04"], Strings(support["names"]));
        // KCNA is part of the North Korean state: one origin, reported by Interfax on 5 December.
        Assert.Equal(["north-korea"], Ids(support["independentOrigins"]));
        Assert.Equal(["2024-12-05-interfax-treaty-takes-effect"], Ids(support["reportedIn"]));
    }

    [Fact]
    public async Task The_signing_day_is_the_one_Interfax_gives_refining_the_month_four_articles_give()
    {
        var treaty = (await AskAsync(TreatyFacts, new { id = Treaty }))["node"]!;

        Assert.Equal("2024-06-19", (string?)treaty["signedOn"]);
        var signed = Fact(treaty, "signedOn");
        Assert.Equal(("2024-06-19", "REFINED"), ((string?)signed["value"], (string?)signed["status"]));
        var names = signed["supportedBy"]!.AsArray().SelectMany(c => Strings(c!["names"])).ToList();
        Assert.Contains("treaty-signed-in-pyongyang-on-2024-06-19", names);
        Assert.Contains("strategic-partnership-treaty-signed-by-putin-and-kim", names);
        Assert.Empty(signed["contestedBy"]!.AsArray());
        var ratified = treaty["ratifications"]!.AsArray().ToDictionary(r => (string)r!["entity"]!["id"]!, r => (string?)r!["on"]);
        Assert.Equal(new Dictionary<string, string?> { ["north-korea"] = "2024-11-11", ["russia"] = "2024-11" }, ratified);
    }

    [Fact]
    public async Task As_of_12_November_the_treaty_is_ratified_by_North_Korea_and_not_yet_in_force()
    {
        var treaty = (await AskAsync(TreatyFacts, new { id = Treaty, asOf = "2024-11-12" }))["node"]!;

        Assert.Null((string?)treaty["inForceOn"]);
        Assert.DoesNotContain(treaty["facts"]!.AsArray(), f => (string?)f!["name"] == "inForceOn");
        var northKorea = Fact(treaty, "ratifiedOn:north-korea");
        // Only KCNA (through the Jatim Times and Naharnet) had said so: one origin.
        Assert.Equal(("2024-11-11", "SINGLE_SOURCE"), ((string?)northKorea["value"], (string?)northKorea["status"]));
        Assert.All(northKorea["supportedBy"]!.AsArray(), c => Assert.All(c!["reportedIn"]!.AsArray(), a => Assert.True(string.CompareOrdinal((string?)a!["publishedOn"], "2024-11-12") <= 0)));
        // The signing day was not known yet: only "June".
        Assert.Equal("2024-06", (string?)treaty["signedOn"]);
    }

    [Fact]
    public async Task After_the_entry_into_force_the_treaty_is_in_force_with_its_source()
    {
        var treaty = (await AskAsync(TreatyFacts, new { id = Treaty, asOf = "2024-12-05" }))["node"]!;

        Assert.Equal("2024-12-04", (string?)treaty["inForceOn"]);
        Assert.Equal("2024-11-11", (string?)Fact(treaty, "ratifiedOn:north-korea")["value"]);
        // Interfax's "in November" for North Korea now backs the day KCNA gave, from another origin.
        Assert.Equal("REFINED", (string?)Fact(treaty, "ratifiedOn:north-korea")["status"]);
    }

    [Fact]
    public async Task The_deployment_size_is_disputed_with_every_figure_behind_or_against_it()
    {
        var data = await AskAsync("""
            { node(id: "north-korean-troops-in-russia-2024") { ... on Deployment {
                facts { name status quantity { low high qualifier } supportedBy { names } contestedBy { names } } } } }
            """);
        var size = Fact(data["node"]!, "size");

        Assert.Equal("DISPUTED", (string?)size["status"]);
        // "thousands" (US, South Korea, Ukraine) is the narrowest figure no claim with as many origins contests;
        // the Jatim Times' unattributed "tens of thousands" contests it.
        Assert.Equal((1000d, 9999d, "RANGE"), ((double?)size["quantity"]!["low"], (double?)size["quantity"]!["high"], (string?)size["quantity"]!["qualifier"]));
        Assert.Contains("north-korea-sent-up-to-12000-troops-to-russia", size["supportedBy"]!.AsArray().SelectMany(c => Strings(c!["names"])));
        Assert.Equal(["north-korea-sent-tens-of-thousands-of-troops-to-russia"], size["contestedBy"]!.AsArray().SelectMany(c => Strings(c!["names"])));
    }

    [Fact]
    public async Task An_asOf_that_is_not_a_day_is_a_clear_error()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync("""{ node(id: "north-korea", asOf: "2024-11") { id } }""");
        var error = Assert.Single(response.Errors);
        Assert.Equal("BAD_USER_INPUT", (string?)error!["extensions"]?["code"]);
    }

    private static JsonNode Fact(JsonNode thing, string name) => thing["facts"]!.AsArray().Single(f => (string?)f!["name"] == name)!;

    private async Task<JsonNode> AskAsync(string query, object? variables = null)
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync(query, variables);
        Assert.True(response.Status == HttpStatusCode.OK && response.Errors.Count == 0, response.ToString());
        return response.Data!;
    }

    private static List<string> Ids(JsonNode? list) => [.. list!.AsArray().Select(n => (string)n!["id"]!)];

    private static List<string> Strings(JsonNode? list) => [.. list!.AsArray().Select(n => (string)n!)];
}
