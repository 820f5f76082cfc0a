using System.Diagnostics;
using System.Net;
using System.Text;
using Graph.Api.Limits;
using Graph.Api.Tests.Ide;
using Graph.Api.Tests.Support;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Api.Tests.Http;

/// <summary>
/// The cost limit (<see cref="QueryCost"/>, <see cref="ApiOptions.MaxComplexity"/>) lets an analyst's natural
/// questions through with room to spare and refuses fan-outs and repeated or aliased fields before anything runs.
/// </summary>
public sealed class CostTests(ApiFactory factory, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    private const int Margin = 5;

    /// <summary>The treaty's timeline with each event's claims and who published them (refused at 377,721 by the old analyzer).</summary>
    public const string TreatyTimeline = """
        { timeline(involving: "russia-dprk-strategic-partnership-treaty") {
            id name date
            claims { statement reports { article { publisher { name } } } } } }
        """;

    /// <summary>claims → about → claims ... ten fields deep (a thing's claims stop at 100; what a claim is about is a list too).</summary>
    public const string FanOut = """
        { node(id: "north-korea") { ... on Country { claims { about { ... on Country { claims { about { ... on Country {
            claims { about { ... on Country { claims { about { id } } } } } } } } } } } } } }
        """;

    private static readonly int MaxCost = new ApiOptions().MaxComplexity;

    [Fact]
    public async Task Every_ide_example_costs_at_most_a_fifth_of_the_limit()
    {
        var serializer = factory.Services.GetRequiredService<IGraphQLTextSerializer>();
        var lines = new StringBuilder();
        foreach (var example in await IdeExamplesTests.ReadExamplesAsync())
        {
            var query = (string)example!["query"]!;
            var variables = serializer.Deserialize<Inputs>((string?)example["variables"] ?? "{}");
            var measure = Measure(query, variables);
            var name = Name(query);
            lines.AppendLine($"{name,-28} cost {measure.Cost,9:0.0} (document {measure.Document,6:0}, answer {measure.Answer,9:0.0}), depth {measure.Depth}, {MaxCost / measure.Cost,5:0.0}x under {MaxCost}");
            Assert.True(measure.Cost * Margin <= MaxCost, $"{name} costs {measure.Cost:0}, more than a fifth of {MaxCost}");
        }

        output.WriteLine(lines.ToString());
    }

    [Fact]
    public async Task The_treaty_timeline_with_claims_and_publishers_is_well_under_the_limit_and_runs()
    {
        var measure = Measure(TreatyTimeline, null);
        output.WriteLine($"treaty timeline: cost {measure.Cost:0.0}, {MaxCost / measure.Cost:0.0}x under {MaxCost}");
        Assert.True(measure.Cost * Margin <= MaxCost, $"the timeline costs {measure.Cost:0}");

        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync(TreatyTimeline);
        // What it answers on the seed is tested with the documented questions; here: it is let through and runs.
        Assert.True(response.Status == HttpStatusCode.OK && response.Errors.Count == 0, response.ToString());
        Assert.NotNull(response.Data!["timeline"]!.AsArray());
    }

    [Fact]
    public async Task The_claims_about_claims_fan_out_ten_deep_is_refused()
    {
        var measure = Measure(FanOut, null);
        Assert.Equal(10, measure.Depth);
        output.WriteLine($"fan-out: cost {measure.Cost:0}");

        var response = await RefusedAsync(FanOut);
        Assert.Equal(["QUERY_TOO_COMPLEX"], response.Codes);
    }

    [Fact]
    public void A_page_size_given_as_a_variable_is_the_one_counted()
    {
        const string query = "query($n: Int = 100) { claims(first: $n) { edges { node { statement reports { how } } } } }";
        var small = Measure(query, new Inputs(new Dictionary<string, object?> { ["n"] = 2 }));
        var large = Measure(query, new Inputs(new Dictionary<string, object?> { ["n"] = 100L }));
        var byDefault = Measure(query, null);

        Assert.Equal(large.Cost, byDefault.Cost);
        // claims: object 1 + root field 10; edges: 1; each edge: node 1, statement 0.1, reports 1 + 10 × how 0.1.
        Assert.Equal(12 + (2 * 3.1), small.Answer, 6);
        Assert.Equal(12 + (100 * 3.1), large.Answer, 6);
    }

    [Fact]
    public void Facts_the_claims_behind_them_and_changes_are_priced_by_what_they_can_return()
    {
        // node: object 1 + root field 10; facts: 1 + 20 × (name 0.1 + supportedBy (1 + 20 × id 0.1) + contestedBy (1 + 20 × id 0.1)).
        var facts = Measure("""{ node(id: "russia-dprk-strategic-partnership-treaty") { ... on Treaty { facts { name supportedBy { id } contestedBy { id } } } } }""", null);
        Assert.Equal(11 + 1 + (20 * (0.1 + (2 * (1 + (20 * 0.1))))), facts.Answer, 6);

        // changes: object 1 + root field 10 + 1,000 × kind 0.1: a window can hold every report of a month of articles.
        var changes = Measure("""{ changes(from: "2024-11-12", to: "2024-12-05") { kind } }""", null);
        Assert.Equal(11 + (1000 * 0.1), changes.Answer, 6);

        // An import's changes are its kinds, not a window: the default size of a list.
        var import = Measure("""mutation($a: ArticleInput!) { importArticle(input: $a) { changes { kind } } }""", null);
        Assert.Equal(11 + 1 + (QueryCost.UncappedListSize * 0.1), import.Answer, 6);
    }

    // Issue 13's attacks, written with fragments so that the documents stay small and under the text and
    // token limits: once fragments are expanded each is far past the selection limit (FieldSelectionLimitRule),
    // which runs before the cost is measured.
    [Fact]
    public async Task Fifty_thousand_typename_selections_are_refused_fast() =>
        await AttackAsync(Repeated("fragment T on Query { " + Many(100, _ => "__typename") + " }", "...T", 500), 50_000);

    [Fact]
    public async Task Three_thousand_aliases_of_path_are_refused_fast() =>
        await AttackAsync(Repeated(
            "fragment P on Query { " + Many(30, i => $"p{i}: path(from: \"north-korea\", to: \"russia\") {{ hops {{ claims {{ id }} }} }}") + " }", "...P", 100), 3_000);

    [Fact]
    public async Task Twenty_thousand_aliases_of_node_are_refused_fast() =>
        await AttackAsync(Repeated("fragment N on Query { " + Many(100, i => $"n{i}: node(id: \"north-korea\") {{ id }}") + " }", "...N", 200), 20_000);

    [Fact]
    public async Task Aliases_under_the_selection_limit_are_priced_one_by_one()
    {
        // Few enough aliases of path to pass the selection limit, each priced: together they cost more than the limit.
        static string Aliases(int count) =>
            "{ " + Many(count, i => $"p{i}: path(from: \"north-korea\", to: \"russia\") {{ hops {{ claims {{ id }} }} }}") + " }";
        var one = Measure(Aliases(1), null);
        var count = (int)(MaxCost / one.Cost) + 1;
        Assert.True(count * 4 < new ApiOptions().MaxFieldSelections, $"{count} aliases of path exceed the selection limit");
        Assert.True(Measure(Aliases(count), null).Cost > MaxCost);
        output.WriteLine($"one path costs {one.Cost:0}; {count} aliases cost more than {MaxCost}");

        var response = await RefusedAsync(Aliases(count));
        Assert.Equal(["QUERY_TOO_COMPLEX"], response.Codes);
    }

    private async Task AttackAsync(string query, int selections)
    {
        var stopwatch = Stopwatch.StartNew();
        var response = await RefusedAsync(query);
        output.WriteLine($"{selections} selections ({query.Length} characters): {(int)response.Status} {string.Join(",", response.Codes)} in {stopwatch.ElapsedMilliseconds} ms");
        Assert.Equal(["QUERY_TOO_MANY_FIELDS"], response.Codes);
    }

    private async Task<GraphQLResponse> RefusedAsync(string query)
    {
        using var client = factory.CreateGraphQLClient();
        await client.PostAsync("{ __typename }");
        var before = factory.AppClient.RoundTrips;
        var response = await client.PostAsync(query);
        Assert.Equal(before, factory.AppClient.RoundTrips);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        return response;
    }

    [Fact]
    public void A_kept_measure_is_the_one_of_the_same_variables()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var document = Parser.Parse("query KeptMeasure($n: Int) { claims(first: $n) { edges { node { statement reports { how } } } } }");
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var small = new Inputs(new Dictionary<string, object?> { ["n"] = 2 });
        var large = new Inputs(new Dictionary<string, object?> { ["n"] = 100 });
        var asText = new Inputs(new Dictionary<string, object?> { ["n"] = "100" });

        var measures = new[] { small, large, small, large, asText, null }.Select(v => OperationMeasures.Of(schema, document, operation, v)).ToList();

        Assert.Equal(QueryCost.Measure(schema, document, operation, small), measures[0]);
        Assert.Equal(QueryCost.Measure(schema, document, operation, large), measures[1]);
        Assert.True(measures[1].Cost > measures[0].Cost);
        Assert.Equal(measures[0], measures[2]);
        Assert.Equal(measures[1], measures[3]);
        Assert.Equal(QueryCost.Measure(schema, document, operation, asText), measures[4]);
        Assert.Equal(QueryCost.Measure(schema, document, operation, null), measures[5]);
    }

    private QueryMeasure Measure(string query, Inputs? variables)
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        return QueryCost.Measure(schema, document, operation, variables);
    }

    private static string Repeated(string fragment, string spread, int times) => fragment + "\n{ " + Many(times, _ => spread) + " }";

    private static string Many(int count, Func<int, string> item) => string.Join(' ', Enumerable.Range(0, count).Select(item));

    private static string Name(string query) =>
        query.Split('\n').First(l => l.StartsWith("query ", StringComparison.Ordinal) || l.StartsWith("mutation ", StringComparison.Ordinal) || l.StartsWith('{')).Split('(', ' ')[1];
}
