using System.Net;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Claims;

/// <summary>
/// Claims meeting across the real articles of seed/, over HTTP against the real Neo4j: one claim for
/// one content, relations with their reasons, independent origins, and the claim filters.
/// </summary>
public sealed class ClaimsAcrossArticlesTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private const string UpTo12000 = "north-korea-sent-up-to-12000-troops-to-russia";
    private const string Denial = "kremlin-dismissed-north-korean-troop-reports-as-fake-news";
    private const string Confirmed3000 = "us-confirmed-3000-north-koreans-training-in-russia";
    private const string SignedInJune = "strategic-partnership-treaty-signed-by-putin-and-kim";
    private const string SignedOnTheDay = "treaty-signed-in-pyongyang-on-2024-06-19";

    private const string ClaimQuery = """
        query($id: ID!) {
          node(id: $id) {
            ... on Claim {
              id names stance independentAsserters
              independentOrigins { id }
              reports { claimName article { id } }
              relations { kind reason claim { names } }
              disagreesWith { names }
            }
          }
        }
        """;

    [Fact]
    public async Task Up_to_12000_is_one_claim_reported_twice_with_three_independent_origins()
    {
        var claim = await ClaimAsync(UpTo12000);

        Assert.Equal(
            ["2024-11-12-jatimtimes-rusia-korea-utara-aliansi", "2024-11-12-naharnet-north-korea-ratifies-defense-treaty"],
            claim["reports"]!.AsArray().Select(r => (string)r!["article"]!["id"]!).Order());
        // Jatim Times names US, South Korean and Ukrainian intelligence, Naharnet the three states: three origins, not six.
        Assert.Equal(["south-korea", "ukraine", "united-states"], Ids(claim["independentOrigins"]).Order());
        Assert.Equal(3, (int)claim["independentAsserters"]!);
        Assert.Equal(
            [
                "AGREES north-korea-sent-tens-of-thousands-of-troops-to-russia: the figures overlap: up to 12,000 troops and 10,000-99,999 troops",
                "REFINED_BY us-south-korea-ukraine-say-thousands-of-north-korean-troops-sent: the other is more precise: 1,000-9,999 troops is within up to 12,000 troops",
            ],
            Relations(claim));
        Assert.Empty(claim["disagreesWith"]!.AsArray());
    }

    [Fact]
    public async Task The_denials_of_Moscow_and_Pyongyang_are_one_claim_that_disagrees_with_the_assertions()
    {
        var claim = await ClaimAsync(Denial);

        Assert.Equal("denied", (string?)claim["stance"]);
        Assert.Equal([Denial, "north-korea-un-representative-denied-sending-troops-to-russia"], Strings(claim["names"]).Order());
        // Dmitry Peskov (Kremlin spokesman, affiliated with Russia) and North Korea's UN delegation (part of North Korea).
        Assert.Equal(["north-korea", "russia"], Ids(claim["independentOrigins"]).Order());
        Assert.Contains($"DISAGREES {Confirmed3000}: the other asserts what this one denies", Relations(claim));
        Assert.Contains(claim["disagreesWith"]!.AsArray(), c => Strings(c!["names"]).Contains(Confirmed3000));
        Assert.All(claim["relations"]!.AsArray(), r => Assert.Equal("DISAGREES", (string?)r!["kind"]));

        var confirmed = await ClaimAsync(Confirmed3000);
        Assert.Contains(confirmed["disagreesWith"]!.AsArray(), c => Strings(c!["names"]).Contains(Denial));
    }

    [Fact]
    public async Task A_later_article_gives_the_signing_day_within_the_month()
    {
        var june = await ClaimAsync(SignedInJune);

        Assert.Equal(4, june["names"]!.AsArray().Count);
        Assert.Equal([$"REFINED_BY {SignedOnTheDay}: the other is more precise: 2024-06-19 is within 2024-06"], Relations(june));
        var day = await ClaimAsync(SignedOnTheDay);
        Assert.Contains("REFINES putin-and-kim-signed-pact-during-putin-visit-to-pyongyang-in-june", Relations(day)[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_counts_as_the_state_and_an_outlet_only_as_itself()
    {
        var blinken = await ClaimAsync("north-korean-troops-wear-russian-uniforms");
        Assert.Equal(["united-states"], Ids(blinken["independentOrigins"]));
        var outlet = await ClaimAsync("north-korean-soldiers-mentally-tough");
        Assert.Equal(["jatim-times"], Ids(outlet["independentOrigins"]));
        var unnamed = await ClaimAsync("north-korea-sent-tens-of-thousands-of-troops-to-russia");
        Assert.Empty(unnamed["independentOrigins"]!.AsArray());
        Assert.Equal(0, (int)unnamed["independentAsserters"]!);
    }

    [Fact]
    public async Task Claims_filter_by_predicate_stance_and_independent_origins()
    {
        var data = await AskAsync("""
            {
              denied: claims(predicate: "troops-sent", stance: DENIED, first: 100) { totalCount edges { node { names stance predicate } } }
              backed: claims(predicate: "troops-sent", minIndependentOrigins: 3, first: 100) { edges { node { names independentAsserters } } }
              all: claims(predicate: "troops-sent", first: 100) { edges { node { independentAsserters } } }
            }
            """);

        var denied = Nodes(data["denied"]!);
        Assert.Contains(denied, c => Strings(c["names"]).Contains(Denial));
        Assert.All(denied, c => Assert.Equal("denied", (string?)c["stance"]));
        Assert.All(denied, c => Assert.Equal("troops-sent", (string?)c["predicate"]));
        var backed = Nodes(data["backed"]!);
        Assert.Contains(backed, c => Strings(c["names"]).Contains(UpTo12000));
        Assert.All(backed, c => Assert.True((int)c["independentAsserters"]! >= 3));
        Assert.Equal(Nodes(data["all"]!).Count(c => (int)c["independentAsserters"]! >= 3), backed.Count);
    }

    private async Task<JsonNode> ClaimAsync(string name)
    {
        var node = (await AskAsync(ClaimQuery, new { id = name }))["node"];
        Assert.NotNull(node);
        Assert.Contains(name, Strings(node["names"]));
        return node;
    }

    private async Task<JsonNode> AskAsync(string query, object? variables = null)
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync(query, variables);
        Assert.True(response.Status == HttpStatusCode.OK && response.Errors.Count == 0, response.ToString());
        return response.Data!;
    }

    /// <summary>"KIND names: reason", the other claim shown by its names joined with '+', sorted.</summary>
    private static List<string> Relations(JsonNode claim) =>
        [.. claim["relations"]!.AsArray().Select(r => $"{(string)r!["kind"]!} {string.Join("+", Strings(r["claim"]!["names"]).Order(StringComparer.Ordinal))}: {(string)r["reason"]!}").Order(StringComparer.Ordinal)];

    private static List<JsonNode> Nodes(JsonNode connection) => [.. connection["edges"]!.AsArray().Select(e => e!["node"]!)];

    private static List<string> Ids(JsonNode? list) => [.. list!.AsArray().Select(n => (string)n!["id"]!)];

    private static List<string> Strings(JsonNode? list) => [.. list!.AsArray().Select(n => (string)n!)];
}
