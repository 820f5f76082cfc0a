using System.Text.Json.Nodes;
using Graph.Api.Tests.Support;
using Graph.Knowledge.Model;
using Xunit;
using static Graph.Api.Tests.Questions.Asking;

namespace Graph.Api.Tests.Questions;

/// <summary>
/// Every field of <c>Query</c> asked over HTTP on the seed, each answer compared with the same question
/// asked of Neo4j directly (<see cref="DirectGraph"/>). Counts are taken from the graph, not written
/// down, so the seed may grow; each also must be more than trivial, so the comparison can fail.
/// </summary>
public sealed class QueryFieldsTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>, IDisposable
{
    private const string Deployment = "north-korean-troops-in-russia-2024";
    private const string Treaty = "russia-dprk-strategic-partnership-treaty";
    private const string Article = "2024-11-12-jatimtimes-rusia-korea-utara-aliansi";

    private readonly DirectGraph _graph = new(factory.Neo4j);

    public void Dispose() => _graph.Dispose();

    [Theory]
    [InlineData("kursk-region")] // a place: its claims are mostly about the deployment there and the clash
    [InlineData(Treaty)]
    [InlineData("kim-jong-un")] // a person
    [InlineData(Deployment)]
    [InlineData("kursk-clashes-2024-11")] // an event: only the claims about it
    public async Task Claims_involving_a_thing_are_those_about_it_and_about_what_is_tied_to_it(string id)
    {
        foreach (var sort in new[] { "EARLIEST_REPORTED_FIRST", "LATEST_REPORTED_FIRST" })
        {
            var (answer, expected) = await AskWhileStillAsync(
                () => _graph.ClaimsInvolvingAsync(id),
                () => factory.AskAsync($$"""
                    query($id: ID!) { claims(involving: $id, first: 100, sort: {{sort}}) { totalCount edges { node { id } } } }
                    """, new { id }));

            Assert.True(expected.Count > (id == "kursk-clashes-2024-11" ? 0 : 1), $"{id}: the seed gives only {expected.Count} claims");
            Assert.True(expected.Count <= 100, "more claims than one page; page through them");
            Assert.Equal(expected.Count, (int)answer["claims"]!["totalCount"]!);
            Assert.Equal(expected, EdgeNodes(answer["claims"]).Select(n => (string)n["id"]!).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Claims_involving_nothing_known_is_an_empty_page()
    {
        var data = await factory.AskAsync("""{ claims(involving: "no-such-thing") { totalCount edges { node { id } } pageInfo { hasNextPage } } }""");

        Assert.Equal(0, (int)data["claims"]!["totalCount"]!);
        Assert.Empty(data["claims"]!["edges"]!.AsArray());
        Assert.False((bool)data["claims"]!["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Claims_involving_kursk_reach_the_deployment_and_the_clash_there()
    {
        var expected = await _graph.ClaimsInvolvingAsync("kursk-region");
        var aboutTheDeployment = await _graph.ClaimsAboutAsync(Deployment);
        var aboutThePlace = await _graph.ClaimsAboutAsync("kursk-region");

        // The second branch of the rule (claims about a deployment or event tied to the place) is most of the answer.
        Assert.Subset(expected.ToHashSet(), aboutTheDeployment.ToHashSet());
        Assert.True(expected.Count > aboutThePlace.Count, $"{expected.Count} involving, {aboutThePlace.Count} about the place");
    }

    [Fact]
    public async Task A_thing_s_claims_field_follows_the_same_rule_as_claims_involving()
    {
        foreach (var id in new[] { "kursk-region", Treaty, "kim-jong-un", Deployment, "kursk-clashes-2024-11" })
        {
            var (answer, expected) = await AskWhileStillAsync(
                () => _graph.ClaimsInvolvingAsync(id),
                () => factory.AskAsync("""
                    query($id: ID!) {
                      node(id: $id) {
                        ... on Place { claims { id } } ... on Treaty { claims { id } } ... on Person { claims { id } }
                        ... on Deployment { claims { id } } ... on Event { claims { id } }
                      }
                    }
                    """, new { id }));

            Assert.Equal(expected, SortedIds(answer["node"]!["claims"]));
        }
    }

    [Fact]
    public async Task Claims_filter_by_asserter_article_and_text_like_the_graph_says()
    {
        var (answer, expected) = await AskWhileStillAsync(
            async () => new
            {
                Ukrainian = await _graph.ClaimsAttributedToAsync("ukrainian-intelligence"),
                Article = await _graph.ClaimsReportedInAsync(Article),
                Troops = await _graph.ClaimsWithTextAsync("troops"),
                Involving = await _graph.ClaimsInvolvingAsync("north-korea"),
            },
            () => factory.AskAsync("""
                query($article: ID!) {
                  ukrainian: claims(attributedTo: "ukrainian-intelligence", first: 100) { totalCount edges { node { id } } }
                  article: claims(reportedIn: $article, first: 100) { totalCount edges { node { id } } }
                  troops: claims(text: "TROOPS", first: 100) { totalCount edges { node { id } } }
                  both: claims(involving: "north-korea", attributedTo: "ukrainian-intelligence", text: "troops", first: 100) { edges { node { id } } }
                }
                """, new { article = Article }));

        Assert.True(expected.Ukrainian.Count > 1 && expected.Article.Count > 1 && expected.Troops.Count > 1);
        Assert.Equal(expected.Ukrainian, Sorted(answer["ukrainian"]));
        Assert.Equal(expected.Article, Sorted(answer["article"]));
        Assert.Equal(expected.Troops, Sorted(answer["troops"]));
        var both = expected.Involving.Intersect(expected.Ukrainian).Intersect(expected.Troops).ToList();
        Assert.NotEmpty(both);
        Assert.Equal(both, Sorted(answer["both"]));
    }

    [Theory]
    [InlineData("north-korea", "russia")]
    [InlineData("kim-jong-un", "ukraine")] // the longest chain the seed has: 4 steps
    [InlineData("kursk-region", "kim-jong-un")]
    public async Task Path_is_a_shortest_chain_of_ties_with_the_claims_about_both_ends_of_each_step(string from, string to)
    {
        var (answer, shortest) = await AskWhileStillAsync(
            () => _graph.ShortestChainsAsync(from, to),
            () => factory.AskAsync("""
                query($from: ID!, $to: ID!) {
                  path(from: $from, to: $to) {
                    length
                    hops { from { id } to { id } type forward claims { id } }
                  }
                }
                """, new { from, to }));

        Assert.NotNull(shortest.Hops);
        var hops = answer["path"]!["hops"]!.AsArray().Select(h => h!).ToList();
        Assert.Equal(shortest.Hops, hops.Count);
        Assert.Equal(hops.Count, (int)answer["path"]!["length"]!);
        var chain = string.Join('>', hops.Select(h => (string)h["from"]!["id"]!).Append((string)hops[^1]["to"]!["id"]!));
        Assert.Contains(chain, shortest.Chains);

        var claimsBehind = 0;
        foreach (var hop in hops)
        {
            var (s, t) = ((string)hop["from"]!["id"]!, (string)hop["to"]!["id"]!);
            var type = (string)hop["type"]!;
            Assert.Contains(type, RelationshipTypes.BetweenThings);
            Assert.Contains($"{type} {(bool)hop["forward"]!}", await _graph.TiesAsync(s, t));
            var expected = await _graph.ClaimsAboutBothAsync(s, t);
            Assert.Equal(expected, SortedIds(hop["claims"]));
            claimsBehind += expected.Count;
        }

        if (from == "north-korea")
        {
            Assert.True(claimsBehind > 0, "no claim behind any step from North Korea to Russia");
        }
    }

    [Fact]
    public async Task Path_is_null_when_only_claims_and_reports_connect_two_things()
    {
        // NTV relays claims about North Korea (3 steps through a report and a claim) but has no tie to it.
        var (answer, shortest) = await AskWhileStillAsync(
            () => _graph.ShortestChainsAsync("ntv", "north-korea"),
            () => factory.AskAsync("{ path(from: \"ntv\", to: \"north-korea\") { hops { type } } }"));

        Assert.Null(shortest.Hops);
        Assert.Null(answer["path"]);
    }

    [Fact]
    public async Task Path_from_a_thing_to_itself_is_empty_and_to_nothing_is_null()
    {
        var data = await factory.AskAsync("""
            { same: path(from: "russia", to: "russia") { hops { type } } nowhere: path(from: "russia", to: "no-such-thing") { hops { type } } }
            """);

        Assert.Empty(data["same"]!["hops"]!.AsArray());
        Assert.Null(data["nowhere"]);
    }

    [Theory]
    [InlineData(Treaty)]
    [InlineData("north-korea")]
    [InlineData("kursk-region")]
    public async Task Timeline_lists_the_dated_events_in_order_each_with_only_the_claims_about_it(string id)
    {
        var (answer, expected) = await AskWhileStillAsync(
            () => _graph.EventsInvolvingAsync(id),
            () => factory.AskAsync("""
                query($id: ID!) { timeline(involving: $id) { id date claims { id } } }
                """, new { id }));

        var dated = expected.Select(e => e.Split(' ')).Where(e => e.Length == 2 && e[1].Length > 0)
            .OrderBy(e => e[1], StringComparer.Ordinal).ThenBy(e => e[0], StringComparer.Ordinal).Select(e => e[0]).ToList();
        Assert.NotEmpty(dated);
        var events = answer["timeline"]!.AsArray().Select(e => e!).ToList();
        Assert.Equal(dated, events.Select(e => (string)e["id"]!));

        var withClaims = 0;
        foreach (var e in events)
        {
            var about = await _graph.ClaimsAboutAsync((string)e["id"]!);
            Assert.Equal(about, SortedIds(e["claims"]));
            withClaims += about.Count > 0 ? 1 : 0;
        }

        Assert.True(withClaims > 0, "no event of the timeline has a claim about it");
    }

    [Fact]
    public async Task The_treaty_timeline_does_not_repeat_the_treaty_s_claims_under_each_event()
    {
        var treatyClaims = await _graph.ClaimsAboutAsync(Treaty);
        var data = await factory.AskAsync("query($id: ID!) { timeline(involving: $id) { id claims { id } } }", new { id = Treaty });

        Assert.True(treatyClaims.Count > 1);
        Assert.All(data["timeline"]!.AsArray(), e => Assert.True(
            e!["claims"]!.AsArray().Count < treatyClaims.Count,
            $"{e["id"]} lists {e["claims"]!.AsArray().Count} claims, as many as the treaty has ({treatyClaims.Count})"));
    }

    [Fact]
    public async Task Timeline_keeps_the_events_within_from_and_to_at_each_date_s_precision()
    {
        var (answer, expected) = await AskWhileStillAsync(
            () => _graph.EventsInvolvingAsync("north-korea"),
            () => factory.AskAsync("""{ timeline(involving: "north-korea", from: "2024-06-19", to: "2024-11") { id } }"""));

        // "2024-06" is within from: 2024-06-19 (compared at the month); "2024-11-11" within to: 2024-11.
        var within = expected.Select(e => e.Split(' ')).Where(e => e.Length == 2 && e[1].Length > 0)
            .Where(e => string.CompareOrdinal(e[1], "2024-06-19"[..Math.Min(10, e[1].Length)]) >= 0 && string.CompareOrdinal(e[1][..Math.Min(7, e[1].Length)], "2024-11") <= 0)
            .Select(e => e[0]).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(within);
        Assert.Equal(within, SortedIds(answer["timeline"]));
    }

    [Theory]
    [InlineData("north-korea")]
    [InlineData("north-korea-sent-up-to-12000-troops-to-russia")] // a claim: its neighbours are things and reports
    [InlineData(Article)]
    public async Task Neighbourhood_draws_every_neighbour_and_every_edge_among_them(string name)
    {
        // A claim's node id comes from its content; the file's id is one of its names.
        var id = name.Contains("troops", StringComparison.Ordinal) ? await _graph.ClaimNamedAsync(name) : name;
        var (answer, expected) = await AskWhileStillAsync(
            async () => (await _graph.NeighboursAsync(id), await _graph.EdgesAroundAsync(id), await _graph.DrawnAroundAsync(id)),
            () => factory.AskAsync("""
                query($id: ID!) { neighbourhood(id: $id, limit: 100) { nodes { id kind caption } edges { source target type } } }
                """, new { id }));

        var ((relationships, neighbours), edges, drawnNodes) = expected;
        Assert.InRange(relationships, 2, 100);
        var view = answer["neighbourhood"]!;
        Assert.Equal(neighbours.Append(id).Order(StringComparer.Ordinal), SortedIds(view["nodes"]));
        Assert.All(view["nodes"]!.AsArray(), n => Assert.False(string.IsNullOrEmpty((string?)n!["caption"])));
        Assert.Equal(drawnNodes, view["nodes"]!.AsArray().Select(n => $"{n!["id"]} {n["kind"]} {n["caption"]}").Order(StringComparer.Ordinal));
        Assert.True(id != name || drawnNodes.Any(n => n.EndsWith('…')), $"no caption around {id} is long enough to be cut"); // a thing and an article of the seed have long quotes around them
        var drawn = view["edges"]!.AsArray().Select(e => $"{e!["source"]}>{e["target"]} {e["type"]}").Order(StringComparer.Ordinal);
        Assert.Equal(edges, drawn);
        Assert.True(edges.Count > neighbours.Count || id != "north-korea", "North Korea's neighbours have no ties among themselves");
    }

    [Fact]
    public async Task Neighbourhood_of_nothing_is_empty()
    {
        var data = await factory.AskAsync("""{ neighbourhood(id: "no-such-thing") { nodes { id } edges { type } } }""");

        Assert.Empty(data["neighbourhood"]!["nodes"]!.AsArray());
        Assert.Empty(data["neighbourhood"]!["edges"]!.AsArray());
    }

    [Fact]
    public async Task Node_finds_a_thing_a_claim_a_report_and_an_article_by_id()
    {
        var data = await factory.AskAsync("""
            query($claim: ID!, $article: ID!) {
              thing: node(id: "north-korea") { __typename id ... on Entity { name } }
              claim: node(id: $claim) { __typename id ... on Claim { statement reports { id } } }
              article: node(id: $article) { __typename id ... on Article { title } }
              none: node(id: "no-such-thing") { id }
            }
            """, new { claim = "north-korea-sent-up-to-12000-troops-to-russia", article = Article });

        Assert.Equal("Country", (string?)data["thing"]!["__typename"]);
        Assert.Equal("North Korea", (string?)data["thing"]!["name"]);
        Assert.Equal("Claim", (string?)data["claim"]!["__typename"]);
        var reportId = (string)data["claim"]!["reports"]![0]!["id"]!;
        Assert.Equal("Article", (string?)data["article"]!["__typename"]);
        Assert.Null(data["none"]);

        var report = await factory.AskAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id = reportId });
        Assert.Equal("Report", (string?)report["node"]!["__typename"]);
    }

    [Fact]
    public async Task Search_and_entities_and_articles_count_what_the_graph_holds()
    {
        var (answer, expected) = await AskWhileStillAsync(
            async () => new
            {
                Countries = await _graph.DatedThingsAsync(Labels.Country),
                Events = await _graph.DatedThingsAsync(Labels.Event),
                JatimTimes = await _graph.ArticlesPublishedByAsync("jatim-times"),
            },
            () => factory.AskAsync("""
                {
                  search(text: "korea utara", kinds: [COUNTRY]) { id }
                  countries: entities(kinds: [COUNTRY], first: 100) { totalCount edges { node { id } } }
                  events: entities(kinds: [EVENT], from: "2024-06", to: "2024-11", first: 100) { totalCount edges { node { id } } }
                  articles(publisher: "jatim-times", first: 100) { totalCount edges { node { id } } }
                }
                """));

        Assert.Equal("north-korea", (string?)answer["search"]![0]!["id"]);
        Assert.True(expected.Countries.Count > 1);
        Assert.Equal(expected.Countries.Select(c => c.Split(' ')[0]), Sorted(answer["countries"]));
        var events = expected.Events.Select(e => e.Split(' '))
            .Where(e => e[1].Length > 0 && string.CompareOrdinal(e[1], "2024-06"[..Math.Min(7, e[1].Length)]) >= 0 && string.CompareOrdinal(e[1][..Math.Min(7, e[1].Length)], "2024-11") <= 0)
            .Select(e => e[0]).Order(StringComparer.Ordinal).ToList();
        Assert.True(events.Count > 1);
        Assert.Equal(events.Count, (int)answer["events"]!["totalCount"]!);
        Assert.Equal(events, Sorted(answer["events"]));
        Assert.NotEmpty(expected.JatimTimes);
        Assert.Equal(expected.JatimTimes, Sorted(answer["articles"]));
    }

    private static List<string> Sorted(JsonNode? connection) =>
        [.. EdgeNodes(connection).Select(n => (string)n["id"]!).Order(StringComparer.Ordinal)];
}
