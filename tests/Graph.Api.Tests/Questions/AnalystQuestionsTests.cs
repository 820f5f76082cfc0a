using System.Text.Json.Nodes;
using Graph.Api.Tests.Support;
using Xunit;
using static Graph.Api.Tests.Questions.Asking;

namespace Graph.Api.Tests.Questions;

/// <summary>
/// The analyst questions of the API issue, each answered by one GraphQL request over HTTP against
/// the real Neo4j holding seed/ (imported by the real importer). Other tests may add data of their
/// own to the same graph, so answers are checked for what they must contain, and lists are compared
/// with the same question asked of the graph directly (<see cref="DirectGraph"/>).
/// </summary>
public sealed class AnalystQuestionsTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>, IDisposable
{
    private const string Deployment = "north-korean-troops-in-russia-2024";
    private const string Article = "2024-11-12-jatimtimes-rusia-korea-utara-aliansi";
    private const string Naharnet = "2024-11-12-naharnet-north-korea-ratifies-defense-treaty";
    private const string UpTo12000 = "north-korea-sent-up-to-12000-troops-to-russia";
    private const string TensOfThousands = "north-korea-sent-tens-of-thousands-of-troops-to-russia";

    private readonly DirectGraph _graph = new(factory.Neo4j);

    public void Dispose() => _graph.Dispose();

    [Fact]
    public async Task Who_said_up_to_12000_troops_answers_with_asserters_relay_and_article()
    {
        var data = await AskAsync("""
            query($deployment: ID!) {
              claims(involving: $deployment, first: 100) {
                edges { node {
                  id names statement
                  quantity { value unit qualifier }
                  attributedTo { id name }
                  via { id name }
                  reportedIn { id title publishedOn publisher { id name } }
                  reports { how quote originatedBy { id } via { id } article { id } }
                } }
              }
            }
            """, new { deployment = Deployment });

        var claim = Claims(data, "claims").Single(c => (double?)c["quantity"]?["value"] == 12000 && (string?)c["quantity"]?["qualifier"] == "UP_TO");
        Assert.Equal([UpTo12000], Names(claim));
        Assert.Equal(["south-korean-intelligence", "ukrainian-intelligence", "us-intelligence"], Ids(claim["attributedTo"]).Order());
        Assert.Equal(["ntv"], Ids(claim["via"]));
        // Two articles report it under the same id: the Jatim Times (through NTV) and Naharnet.
        var articles = claim["reportedIn"]!.AsArray().Select(a => a!).ToList();
        Assert.Equal([Article, Naharnet], articles.Select(a => (string)a["id"]!).Order(StringComparer.Ordinal));
        var jatim = articles.Single(a => (string?)a["id"] == Article);
        Assert.Equal("2024-11-12", (string?)jatim["publishedOn"]);
        Assert.Equal("Jatim Times", (string?)jatim["publisher"]?["name"]);
        var reports = claim["reports"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(2, reports.Count);
        var jatimReport = reports.Single(r => (string?)r["article"]?["id"] == Article);
        Assert.Contains("hingga 12.000 tentara", (string?)jatimReport["quote"], StringComparison.Ordinal);
        Assert.Equal(["ntv"], Ids(jatimReport["via"]));
        var naharnetReport = reports.Single(r => (string?)r["article"]?["id"] == Naharnet);
        Assert.Contains("up to 12,000 North Korean troops", (string?)naharnetReport["quote"], StringComparison.Ordinal);
        Assert.Empty(Ids(naharnetReport["via"]));
    }

    [Fact]
    public async Task Which_figures_disagree_shows_tens_of_thousands_agreeing_with_up_to_12000()
    {
        var data = await AskAsync("""
            query($deployment: ID!) {
              node(id: $deployment) {
                ... on Deployment {
                  sizeClaims {
                    id names statement independentAsserters
                    quantity { value low high unit qualifier }
                    relations { kind reason claim { names } }
                    disagreesWith { names quantity { value low high qualifier } }
                  }
                }
              }
            }
            """, new { deployment = Deployment });

        var sizes = data["node"]!["sizeClaims"]!.AsArray().Select(c => c!).ToList();
        var upTo = sizes.Single(c => Names(c).Contains(UpTo12000));
        var tens = sizes.Single(c => Names(c).Contains(TensOfThousands));
        // "Tens of thousands" (10,000-99,999) and "up to 12,000" (0-12,000) overlap: they agree, neither disagrees with the other.
        var relation = upTo["relations"]!.AsArray().Single(r => Names(r!["claim"]!).Contains(TensOfThousands))!;
        Assert.Equal("AGREES", (string?)relation["kind"]);
        Assert.Equal("the figures overlap: up to 12,000 troops and 10,000-99,999 troops", (string?)relation["reason"]);
        Assert.DoesNotContain(upTo["disagreesWith"]!.AsArray(), c => Names(c!).Contains(TensOfThousands));
        Assert.DoesNotContain(tens["disagreesWith"]!.AsArray(), c => Names(c!).Contains(UpTo12000));
        Assert.Equal("RANGE", (string?)tens["quantity"]?["qualifier"]);
        Assert.Equal(10000, (double?)tens["quantity"]?["low"]);
        Assert.Equal(3, (int?)upTo["independentAsserters"]);
        Assert.Equal(0, (int?)tens["independentAsserters"]); // "reports" the article does not name
    }

    [Fact]
    public async Task When_the_treaty_was_signed_and_ratified_and_what_it_obliges_comes_with_sources()
    {
        var data = await AskAsync("""
            query($treaty: ID!) {
              treaty: node(id: $treaty) {
                ... on Treaty {
                  name signedOn obligations
                  parties { id }
                  signatories { on entity { id name } }
                  ratifications { on entity { id } }
                  events { id type date }
                }
              }
              claims(involving: $treaty, first: 100) {
                edges { node { id names statement attributedTo { id } reportedIn { id } } }
              }
            }
            """, new { treaty = "russia-dprk-strategic-partnership-treaty" });

        var treaty = data["treaty"]!;
        // The day of the signing comes from Interfax (2024-12-05); Russia's ratification only to the month.
        Assert.Equal("2024-06-19", (string?)treaty["signedOn"]);
        Assert.Equal(["kim-jong-un", "vladimir-putin"], treaty["signatories"]!.AsArray().Select(s => (string)s!["entity"]!["id"]!).Order());
        Assert.All(treaty["signatories"]!.AsArray(), s => Assert.Equal("2024-06-19", (string?)s!["on"]));
        var ratifications = treaty["ratifications"]!.AsArray().ToDictionary(r => (string)r!["entity"]!["id"]!, r => (string?)r!["on"]);
        Assert.Equal(new Dictionary<string, string?> { ["north-korea"] = "2024-11-11", ["russia"] = "2024-11" }, ratifications);
        Assert.Contains(treaty["obligations"]!.AsArray(), o => ((string?)o)!.Contains("immediate military assistance", StringComparison.Ordinal));
        Assert.Contains(treaty["events"]!.AsArray(), e => (string?)e!["type"] == "ratification" && (string?)e["date"] == "2024-11-11");

        var claims = Claims(data, "claims");
        var involving = await _graph.ClaimsInvolvingAsync("russia-dprk-strategic-partnership-treaty");
        Assert.True(involving.Count > 1);
        Assert.Equal(involving, claims.Select(c => (string)c["id"]!).Order(StringComparer.Ordinal));
        var ratified = claims.Single(c => Names(c).Contains("kim-jong-un-signed-ratification-decree"));
        Assert.Equal(["kcna"], Ids(ratified["attributedTo"]));
        Assert.Contains(claims, c => Names(c).Contains("strategic-partnership-treaty-signed-by-putin-and-kim"));
        Assert.Contains(claims, c => Names(c).Contains("strategic-partnership-treaty-immediate-military-assistance"));
    }

    [Fact]
    public async Task What_Blinken_said_about_the_North_Korean_soldiers_lists_his_claims_with_quotes()
    {
        var data = await AskAsync("""
            query($person: ID!) {
              person: node(id: $person) { ... on Person { name roles { role entity { id } } } }
              claims(attributedTo: $person, first: 20) {
                edges { node { id names statement quote about { id } reportedIn { id } } }
              }
            }
            """, new { person = "antony-blinken" });

        Assert.Contains(data["person"]!["roles"]!.AsArray(), r => (string?)r!["role"] == "Secretary of State");
        AssertFirstPageOf(await _graph.ClaimsAttributedToAsync("antony-blinken"), [.. Claims(data, "claims").Select(c => (string)c["id"]!)], 20);
        var ids = Claims(data, "claims").SelectMany(Names).ToList();
        Assert.Contains("north-korean-troops-wear-russian-uniforms", ids);
        Assert.Contains("north-korean-troops-trained-in-artillery-drones-infantry", ids);
        Assert.Contains("moscow-plans-north-korean-troops-at-front-line", ids);
        Assert.All(Claims(data, "claims"), c => Assert.Contains(Deployment, Ids(c["about"])));
        Assert.All(Claims(data, "claims"), c => Assert.False(string.IsNullOrEmpty((string?)c["quote"])));
    }

    [Fact]
    public async Task Who_reported_500_officers_and_three_generals_and_who_commented()
    {
        var data = await AskAsync("""
            query($reporter: ID!, $commentator: ID!) {
              reported: claims(attributedTo: $reporter, first: 20) {
                edges { node { id quantity { value unit } attributedTo { id } via { id } reportedIn { id } } }
              }
              commented: claims(attributedTo: $commentator, first: 20) {
                edges { node { id names statement attributedTo { id } reportedIn { id } } }
              }
            }
            """, new { reporter = "ukrainian-intelligence", commentator = "ivan-klyszcz" });

        var reported = Claims(data, "reported");
        AssertFirstPageOf(await _graph.ClaimsAttributedToAsync("ukrainian-intelligence"), reported.Select(c => (string)c["id"]!), 20);
        AssertFirstPageOf(await _graph.ClaimsAttributedToAsync("ivan-klyszcz"), Claims(data, "commented").Select(c => (string)c["id"]!), 20);
        var officers = reported.Single(c => (string?)c["quantity"]?["unit"] == "officers");
        var generals = reported.Single(c => (string?)c["quantity"]?["unit"] == "generals");
        Assert.Equal(500, (double?)officers["quantity"]?["value"]);
        Assert.Equal(3, (double?)generals["quantity"]?["value"]);
        Assert.Equal(["ivan-klyszcz"], Ids(officers["via"]));
        var comment = Assert.Single(Claims(data, "commented"));
        Assert.Equal(["north-korean-officers-could-help-communication"], Names(comment));
        Assert.Contains("communication", (string?)comment["statement"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_North_Korean_soldiers_clashed_with_Ukrainian_forces_and_according_to_whom()
    {
        var data = await AskAsync("""
            query($deployment: ID!) {
              node(id: $deployment) {
                ... on Deployment {
                  events {
                    id type date
                    place { id name }
                    claims { id names statement attributedTo { id name } reports { quote article { id } } }
                  }
                }
              }
            }
            """, new { deployment = Deployment });

        var clash = data["node"]!["events"]!.AsArray().Select(e => e!).Single(e => (string?)e["type"] == "clash");
        Assert.Equal("kursk-region", (string?)clash["place"]?["id"]);
        Assert.Equal(await _graph.ClaimsAboutAsync((string)clash["id"]!), Ids(clash["claims"]).Order(StringComparer.Ordinal));
        var claim = clash["claims"]!.AsArray().Select(c => c!).Single(c => Names(c).Contains("north-korean-troops-clashed-with-ukrainian-troops-in-kursk"));
        Assert.Equal(["ukrainian-sources"], Ids(claim["attributedTo"]));
        Assert.Contains("Kursk", (string?)claim["reports"]?[0]?["quote"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Korea_Utara_returns_North_Korea_first()
    {
        var data = await AskAsync("""{ search(text: "Korea Utara") { __typename id name } }""");
        var first = data["search"]![0]!;
        Assert.Equal("north-korea", (string?)first["id"]);
        Assert.Equal("Country", (string?)first["__typename"]);
    }

    [Theory]
    [InlineData("korea utara")]
    [InlineData("DPRK")]
    [InlineData("Nordkorea")]
    public async Task Search_finds_North_Korea_by_any_of_its_names(string text)
    {
        var data = await AskAsync("query($text: String!) { search(text: $text) { id } }", new { text });
        Assert.Equal("north-korea", (string?)data["search"]![0]!["id"]);
    }

    private Task<JsonNode> AskAsync(string query, object? variables = null) => factory.AskAsync(query, variables);

    private static List<JsonNode> Claims(JsonNode data, string field) => EdgeNodes(data[field]);

    private static List<string> Names(JsonNode claim) => [.. claim["names"]!.AsArray().Select(n => (string)n!)];
}
