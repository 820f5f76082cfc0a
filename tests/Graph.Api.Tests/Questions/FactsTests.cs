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
    public async Task An_events_date_and_place_come_from_the_claims_about_it()
    {
        var data = await AskAsync("""
            { clash: node(id: "kursk-clashes-2024-11") { ... on Event { date facts { name value status supportedBy { names reports { quote article { id } } } } } }
              signing: node(id: "russia-dprk-treaty-signing-2024-06") { ... on Event { date facts { name value status } } } }
            """);

        // The Jatim Times declares the clash with "date: 2024-11" and "place: kursk-region": claims it reports as its own.
        var clash = data["clash"]!;
        Assert.Equal("2024-11", (string?)clash["date"]);
        var date = Fact(clash, "date");
        Assert.Equal("2024-11", (string?)date["value"]);
        var declared = date["supportedBy"]!.AsArray().Single(c => Strings(c!["names"]).Contains("kursk-clashes-2024-11-date"))!;
        Assert.Equal("date: 2024-11", (string?)declared["reports"]![0]!["quote"]);
        Assert.Equal("2024-11-12-jatimtimes-rusia-korea-utara-aliansi", (string?)declared["reports"]![0]!["article"]!["id"]);
        Assert.Equal("kursk-region", (string?)Fact(clash, "place")["value"]);

        // "signed in Pyongyang on June 19, 2024" (Interfax) dates the signing within the "June" of four articles.
        var signing = data["signing"]!;
        Assert.Equal("2024-06-19", (string?)signing["date"]);
        Assert.Equal("REFINED", (string?)Fact(signing, "date")["status"]);
    }

    [Fact]
    public async Task The_signing_is_placed_in_Pyongyang_by_Interfax_and_the_Duma_vote_nowhere_as_no_article_says_where()
    {
        const string Events = """
            query($asOf: String) {
              signing: node(id: "russia-dprk-treaty-signing-2024-06", asOf: $asOf) { ... on Event { date place { id } facts { name value status supportedBy { names reportedIn { id } } } } }
              vote: node(id: "state-duma-ratification-vote-2024-10-24", asOf: $asOf) { ... on Event { date place { id } facts { name value } } }
            }
            """;
        var now = await AskAsync(Events, new { asOf = (string?)null });

        var signing = now["signing"]!;
        Assert.Equal(("2024-06-19", "pyongyang"), ((string?)signing["date"], (string?)signing["place"]!["id"]));
        var place = Fact(signing, "place");
        Assert.Equal(("pyongyang", "SINGLE_SOURCE"), ((string?)place["value"], (string?)place["status"]));
        var source = Assert.Single(place["supportedBy"]!.AsArray())!;
        Assert.Equal(["treaty-signed-in-pyongyang-on-2024-06-19"], Strings(source["names"]));
        Assert.Equal(["2024-12-05-interfax-treaty-takes-effect"], Ids(source["reportedIn"]));

        // Reuters dates the vote to the day; no article says where it took place, so there is no place (nothing stored stands in for one).
        var vote = now["vote"]!;
        Assert.Equal("2024-10-24", (string?)vote["date"]);
        Assert.Null(vote["place"]);
        Assert.DoesNotContain(vote["facts"]!.AsArray(), f => (string?)f!["name"] == "place");

        // Before Interfax, the signing was known to the month and placed nowhere.
        var then = (await AskAsync(Events, new { asOf = "2024-11-12" }))["signing"]!;
        Assert.Equal("2024-06", (string?)then["date"]);
        Assert.Null(then["place"]);
    }

    [Fact]
    public async Task The_timeline_finds_an_event_in_the_place_a_claim_puts_it_and_sorts_by_the_dates_the_claims_give()
    {
        var data = await AskAsync("""
            { pyongyang: timeline(involving: "pyongyang") { id date }
              treaty: timeline(involving: "russia-dprk-strategic-partnership-treaty") { id date }
              before: timeline(involving: "russia-dprk-strategic-partnership-treaty", asOf: "2024-10-24") { id date } }
            """);

        Assert.Equal(["russia-dprk-treaty-signing-2024-06 2024-06-19"], Dated(data["pyongyang"]));
        Assert.Equal(
            [
                "russia-dprk-summit-2024-06 2024-06",
                "russia-dprk-treaty-signing-2024-06 2024-06-19",
                "state-duma-ratification-vote-2024-10-24 2024-10-24",
                "north-korea-ratifies-strategic-partnership-treaty 2024-11-11",
                "russia-dprk-treaty-entry-into-force-2024-12-04 2024-12-04",
            ],
            Dated(data["treaty"]));
        // On 24 October only Reuters' and Deutschlandfunk's articles were out: the June signing and the Duma's vote.
        Assert.Equal(["russia-dprk-treaty-signing-2024-06 2024-06", "state-duma-ratification-vote-2024-10-24 2024-10-24"], Dated(data["before"]));

        static List<string> Dated(JsonNode? events) => [.. events!.AsArray().Select(e => $"{(string)e!["id"]!} {(string?)e["date"]}")];
    }

    [Fact]
    public async Task Two_root_fields_of_one_request_keep_their_own_day()
    {
        var data = await AskAsync("""
            { now: node(id: "russia-dprk-strategic-partnership-treaty") { ... on Treaty { inForceOn signedOn } }
              then: node(id: "russia-dprk-strategic-partnership-treaty", asOf: "2024-11-12") { ... on Treaty { inForceOn signedOn } } }
            """);

        Assert.Equal(("2024-12-04", "2024-06-19"), ((string?)data["now"]!["inForceOn"], (string?)data["now"]!["signedOn"]));
        Assert.Equal((null, "2024-06"), ((string?)data["then"]!["inForceOn"], (string?)data["then"]!["signedOn"]));
    }

    [Fact]
    public async Task An_asOf_that_is_not_a_day_is_a_clear_error()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync("""{ node(id: "north-korea", asOf: "2024-11") { id } }""");
        var error = Assert.Single(response.Errors);
        Assert.Equal("BAD_USER_INPUT", (string?)error!["extensions"]?["code"]);
    }

    [Fact]
    public async Task As_of_a_day_claims_timeline_things_and_neighbourhood_count_only_what_was_published_by_then()
    {
        var data = await AskAsync("""
            query($treaty: ID!, $asOf: String) {
              claims(involving: $treaty, asOf: $asOf, first: 100) { edges { node { names reportedIn { publishedOn } } } }
              backed: claims(involving: $treaty, asOf: $asOf, minIndependentOrigins: 1, first: 100) { edges { node { names } } }
              timeline(involving: $treaty, asOf: $asOf) { id }
              entities(asOf: $asOf, first: 100, kinds: [PERSON]) { edges { node { id } } }
              neighbourhood(id: $treaty, asOf: $asOf) { nodes { id kind } }
            }
            """, new { treaty = Treaty, asOf = "2024-11-12" });

        var claims = data["claims"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.All(c["reportedIn"]!.AsArray(), a => Assert.True(string.CompareOrdinal((string?)a!["publishedOn"], "2024-11-12") <= 0)));
        Assert.DoesNotContain(claims, c => Strings(c["names"]).Contains("treaty-in-force-from-2024-12-04"));
        Assert.Contains(claims, c => Strings(c["names"]).Contains("north-korea-ratified-treaty-by-decree-signed-monday"));
        var backed = data["backed"]!["edges"]!.AsArray().Select(e => Strings(e!["node"]!["names"])).ToList();
        Assert.Contains(backed, n => n.Contains("north-korea-ratified-treaty-by-decree-signed-monday"));
        Assert.DoesNotContain(backed, n => n.Contains("treaty-in-force-from-2024-12-04"));

        var timeline = Ids(data["timeline"]);
        Assert.Contains("north-korea-ratifies-strategic-partnership-treaty", timeline);
        Assert.DoesNotContain("russia-dprk-treaty-entry-into-force-2024-12-04", timeline);

        // Kim Jong Gyu and Andrei Rudenko signed the exchange protocol: first reported on 5 December.
        var people = data["entities"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!).ToList();
        Assert.Contains("kim-jong-un", people);
        Assert.DoesNotContain("kim-jong-gyu", people);

        var neighbours = data["neighbourhood"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
        Assert.Contains(Treaty, neighbours);
        Assert.DoesNotContain("russia-dprk-treaty-entry-into-force-2024-12-04", neighbours);

        var later = await AskAsync("""
            query($treaty: ID!) { timeline(involving: $treaty, asOf: "2024-12-05") { id } neighbourhood(id: $treaty, asOf: "2024-12-05") { nodes { id } } }
            """, new { treaty = Treaty });
        Assert.Contains("russia-dprk-treaty-entry-into-force-2024-12-04", Ids(later["timeline"]));
        Assert.Contains("russia-dprk-treaty-entry-into-force-2024-12-04", Ids(later["neighbourhood"]!["nodes"]));
    }

    [Fact]
    public async Task As_of_a_day_a_claim_has_only_the_reports_and_origins_published_by_then()
    {
        const string query = """
            query($asOf: String) { node(id: "north-korea-ratified-strategic-partnership-treaty", asOf: $asOf) {
              ... on Claim { reports { article { id } } independentOrigins { id } relations { kind claim { names } } } } }
            """;
        var then = (await AskAsync(query, new { asOf = "2024-11-12" }))["node"]!;
        var now = (await AskAsync(query))["node"]!;

        Assert.Equal(2, then["reports"]!.AsArray().Count);
        Assert.Null((await AskAsync("{ node(id: \"treaty-in-force-from-2024-12-04\", asOf: \"2024-11-12\") { id } }"))["node"]);
        Assert.NotNull((await AskAsync("{ node(id: \"treaty-in-force-from-2024-12-04\", asOf: \"2024-12-05\") { id } }"))["node"]);
        Assert.Equal(["north-korea"], Ids(then["independentOrigins"]));
        // Interfax's "in November" (5 December) is not yet there to be refined.
        Assert.DoesNotContain(then["relations"]!.AsArray(), r => Strings(r!["claim"]!["names"]).Contains("north-korea-ratified-treaty-in-november"));
        Assert.Contains(now["relations"]!.AsArray(), r => Strings(r!["claim"]!["names"]).Contains("north-korea-ratified-treaty-in-november"));
    }

    [Fact]
    public async Task What_changed_between_12_November_and_5_December_2024()
    {
        var data = await AskAsync("""
            { changes(from: "2024-11-12", to: "2024-12-05") {
                kind article { id publishedOn } claim { names } report { id }
                thing { id } fact { name value status } before { value status } } }
            """);
        var changes = data["changes"]!.AsArray().Select(c => c!).ToList();

        // Other tests add articles of their own to the graph; of the seed's, only Interfax falls in the window.
        var seeded = changes.Where(c => ((string)c["article"]!["id"]!).StartsWith("2024-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(seeded);
        Assert.All(seeded, c => Assert.Equal("2024-12-05-interfax-treaty-takes-effect", (string?)c["article"]!["id"]));
        Assert.Contains(seeded, c => (string?)c["kind"] == "NEW_CLAIM" && Strings(c["claim"]!["names"]).Contains("treaty-in-force-from-2024-12-04") && c["report"] is not null);
        // Interfax reports again what four articles had said: Putin and Kim signed it (now with the day: a new claim), and that Russia ratified it in November.
        Assert.Contains(seeded, c => (string?)c["kind"] == "NEW_REPORT" && Strings(c["claim"]!["names"]).Contains("russia-completed-ratification-in-november"));
        var inForce = seeded.Single(c => (string?)c["kind"] == "FACT_CHANGED" && (string?)c["fact"]!["name"] == "inForceOn");
        Assert.Equal((Treaty, "2024-12-04"), ((string?)inForce["thing"]!["id"], (string?)inForce["fact"]!["value"]));
        Assert.Null(inForce["before"]);
        var signed = seeded.Single(c => (string?)c["kind"] == "FACT_CHANGED" && (string?)c["fact"]!["name"] == "signedOn" && (string?)c["thing"]!["id"] == Treaty);
        Assert.Equal(("2024-06", "2024-06-19"), ((string?)signed["before"]!["value"], (string?)signed["fact"]!["value"]));
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
