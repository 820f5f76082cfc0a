using Graph.Api.Tests.Support;
using Graph.Neo4j.Client;
using Xunit;

namespace Graph.Api.Tests.Paging;

/// <summary>
/// Each list starts from the index of its most selective filter given (ClaimCypher.StartFor and the
/// starts of ArticlePageCypher and EntityPageCypher). Whichever filter a list starts from, it answers
/// what its filters say: two filters together give the claims each gives alone, in the same order.
/// These queries also send every start of every list in every order, so the index gate
/// (scripts/explain-check.mjs) EXPLAINs them all.
/// </summary>
public sealed class ListStartsTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private static readonly string[] ClaimFilters =
    [
        "involving: \"north-korea\"",
        "reportedIn: \"2024-11-12-naharnet-north-korea-ratifies-defense-treaty\"",
        "attributedTo: \"naharnet\"",
        "predicate: \"troops-sent\"",
        "text: \"treaty\"",
        "stance: ASSERTED",
        "minIndependentOrigins: 2",
        "from: \"2024-11\"",
        "to: \"2024-11-12\"",
        "asOf: \"2024-11-12\"",
    ];

    private static readonly string[] ArticleFilters =
    [
        "publisher: \"naharnet\"",
        "text: \"korea\"",
        "language: \"en\"",
        "from: \"2024-10-20\"",
        "to: \"2024-11\"",
    ];

    private static readonly string[] EntityFilters =
    [
        "text: \"korea\"",
        "kinds: [COUNTRY, TREATY, EVENT]",
        "from: \"2024-06\"",
        "to: \"2024-11-12\"",
        "asOf: \"2024-11-12\"",
    ];

    [Fact]
    public Task Claims_answer_the_same_whichever_filter_they_start_from() =>
        AssertConjunctiveAsync("claims", ClaimFilters, ["EARLIEST_REPORTED_FIRST", "LATEST_REPORTED_FIRST"],
            // As of a day, only the origins of reports published by then count: not the same filter as without asOf.
            except: ("minIndependentOrigins: 2", "asOf: \"2024-11-12\""));

    [Fact]
    public Task Articles_answer_the_same_whichever_filter_they_start_from() =>
        AssertConjunctiveAsync("articles", ArticleFilters, ["NEWEST_FIRST", "OLDEST_FIRST"]);

    [Fact]
    public Task Things_answer_the_same_whichever_filter_they_start_from() =>
        AssertConjunctiveAsync("entities", EntityFilters, ["NAME", "EARLIEST_FIRST", "LATEST_FIRST"]);

    [Fact]
    public async Task Unfiltered_lists_hold_every_claim_article_and_thing()
    {
        using var client = factory.CreateGraphQLClient();
        using var neo4j = new Neo4jClient(factory.Neo4j);
        long[] listed = [], counted = [];
        // Other tests write to the same Neo4j meanwhile: the counts must agree once, asked back to back.
        for (var attempt = 0; attempt < 3 && (attempt == 0 || !listed.SequenceEqual(counted)); attempt++)
        {
            var response = await client.PostAsync("{ claims(first: 1) { totalCount } articles(first: 1) { totalCount } entities(first: 1) { totalCount } }");
            Assert.Empty(response.Errors);
            var counts = await neo4j.RunAsync(new Cypher("CountNodes",
                "MATCH (n) WITH labels(n) AS labels RETURN sum(CASE WHEN 'Claim' IN labels THEN 1 ELSE 0 END) AS claims, " +
                "sum(CASE WHEN 'Article' IN labels THEN 1 ELSE 0 END) AS articles, sum(CASE WHEN 'Entity' IN labels THEN 1 ELSE 0 END) AS entities"));
            var row = counts.Rows[0];
            counted = [row.GetInt64("claims"), row.GetInt64("articles"), row.GetInt64("entities")];
            listed = [.. new[] { "claims", "articles", "entities" }.Select(list => (long)response.Data![list]!["totalCount"]!)];
        }

        Assert.True(counted[0] > 20, "the seed should hold claims");
        Assert.Equal(counted, listed);
    }

    private async Task AssertConjunctiveAsync(string list, string[] filters, string[] sorts, (string, string)? except = null)
    {
        using var client = factory.CreateGraphQLClient();
        foreach (var sort in sorts)
        {
            var alone = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var filter in filters)
            {
                alone[filter] = await IdsAsync(client, list, sort, filter);
                Assert.True(alone[filter].Count > 0, $"{list}({filter}) should match something on the seed");
            }

            var nonEmptyPairs = 0;
            for (var i = 0; i < filters.Length; i++)
            {
                for (var j = i + 1; j < filters.Length; j++)
                {
                    if (except is var (x, y) && ((filters[i] == x && filters[j] == y) || (filters[i] == y && filters[j] == x)))
                    {
                        continue;
                    }

                    // Other test classes and processes write to the same Neo4j meanwhile (their own articles, some
                    // about the same things): a difference counts once it holds when all three are asked again.
                    List<string> both = [], expected = [];
                    for (var attempt = 0; attempt < 3; attempt++)
                    {
                        if (attempt > 0)
                        {
                            alone[filters[i]] = await IdsAsync(client, list, sort, filters[i]);
                            alone[filters[j]] = await IdsAsync(client, list, sort, filters[j]);
                        }

                        both = await IdsAsync(client, list, sort, $"{filters[i]}, {filters[j]}");
                        // In the order of the later filter: asOf, last, changes a thing's date (the claims known by then), hence its place.
                        expected = alone[filters[j]].Where(alone[filters[i]].Contains).ToList();
                        if (expected.SequenceEqual(both))
                        {
                            break;
                        }
                    }

                    Assert.True(expected.SequenceEqual(both), $"{list}({filters[i]}, {filters[j]}, sort: {sort}): [{string.Join(", ", both)}], expected [{string.Join(", ", expected)}]");
                    nonEmptyPairs += both.Count > 0 ? 1 : 0;
                }
            }

            Assert.True(nonEmptyPairs > filters.Length, $"most pairs of {list} filters should match something ({nonEmptyPairs} did)");
        }
    }

    /// <summary>
    /// Every id the list answers, page after page. Other test classes add articles to the shared graph and
    /// retract them while this reads (Neo4j 3.x reads committed data, statement by statement), so the pages and
    /// the total may see the graph at different moments: the pages are read again, up to 3 times, until the
    /// ids over them add up to <c>totalCount</c>; a list whose total is wrong fails all 3.
    /// </summary>
    private static async Task<List<string>> IdsAsync(GraphQLClient client, string list, string sort, string filters)
    {
        var mismatches = new List<string>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var ids = new List<string>();
            string? after = null;
            while (true)
            {
                var cursor = after is null ? string.Empty : $", after: \"{after}\"";
                var response = await client.PostAsync($"{{ {list}({filters}, sort: {sort}, first: 100{cursor}) {{ totalCount pageInfo {{ hasNextPage endCursor }} edges {{ node {{ id }} }} }} }}");
                Assert.True(response.Errors.Count == 0, $"{list}({filters}): {string.Join("; ", response.Errors.Select(e => e?.ToJsonString()))}");
                var page = response.Data![list]!;
                ids.AddRange(page["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
                if (!(bool)page["pageInfo"]!["hasNextPage"]!)
                {
                    var total = (int)page["totalCount"]!;
                    if (total == ids.Count)
                    {
                        return ids;
                    }

                    mismatches.Add($"{ids.Count} ids over its pages, totalCount {total}");
                    break;
                }

                after = (string)page["pageInfo"]!["endCursor"]!;
            }
        }

        Assert.Fail($"{list}({filters}): {string.Join("; then ", mismatches)}");
        return [];
    }
}
