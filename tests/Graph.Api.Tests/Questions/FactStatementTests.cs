using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Questions;

/// <summary>
/// A thing's facts and the claims they show are one walk (<c>FactCypher.EvidenceOf</c>): each claim of the evidence
/// is compiled as the <c>facts</c> fields of the thing show it, and the evidence reads the days and origins of its
/// reports from the walk its shown fields read; answers are those of each field asked alone.
/// </summary>
public sealed partial class FactStatementTests(RecordingSeededApiFactory factory) : IClassFixture<RecordingSeededApiFactory>
{
    private const string Treaty = "russia-dprk-strategic-partnership-treaty";

    [Fact]
    public async Task The_claims_behind_facts_are_shown_from_the_walk_of_their_reports_the_evidence_makes()
    {
        // The IDE's TreatyInForce example.
        var (data, statement) = await AskAsync("""
            query($id: ID!) { node(id: $id) { ... on Treaty { name signedOn inForceOn ratifications { on entity { name } }
              facts { name value precision status
                supportedBy { statement independentOrigins { name } reportedIn { title publishedOn } }
                contestedBy { statement independentOrigins { name } } } } } }
            """);

        var facts = data["node"]!["facts"]!.AsArray();
        Assert.Contains(facts, f => f!["supportedBy"]!.AsArray().Any(c => c!["reportedIn"]!.AsArray().Count > 0 && c["independentOrigins"]!.AsArray().Count > 0));
        // The root's own as-of tests walk (:Report) unnamed; the claims' reports are walked once, their originators' ties once.
        Assert.Single(ClaimReportsWalk().Matches(statement));
        Assert.Single(TiesWalk().Matches(statement));
    }

    [Fact]
    public async Task Two_facts_fields_showing_different_fields_under_one_key_answer_each_as_alone()
    {
        const string A = "facts { name value supportedBy { id o: independentOrigins { id } } }";
        const string B = "facts { name status supportedBy { id o: attributedTo { id } } contestedBy { id o: reportedIn { id } } }";
        const string C = """facts(asOf: "2024-11-12") { name value supportedBy { id o: reportedIn { id } } }""";

        var (both, _) = await AskAsync($"query($id: ID!) {{ node(id: $id) {{ ... on Treaty {{ a: {A} b: {B} c: {C} signedOn }} }} }}", requests: null);
        var a = await FactsAsync(A);
        var b = await FactsAsync(B);
        var c = await FactsAsync(C);

        Assert.Equal(a, both["node"]!["a"]!.ToJsonString());
        Assert.Equal(b, both["node"]!["b"]!.ToJsonString());
        Assert.Equal(c, both["node"]!["c"]!.ToJsonString());
        Assert.Contains("north-korea", a, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("independentAsserters")]
    [InlineData("n: independentAsserters")]
    [InlineData("independentOrigins { name }")]
    [InlineData("io: independentOrigins { __typename }")]
    public async Task Facts_read_the_origins_a_shown_field_walks_as_they_read_their_own(string origins)
    {
        const string Settled = "name value precision status supportedBy { id } contestedBy { id }";
        var own = await FactsAsync($"facts {{ {Settled} }}");
        var (shown, statement) = await AskAsync($$"""
            query($id: ID!) { node(id: $id) { ... on Treaty { facts { {{Settled}} supportedBy { {{origins}} } contestedBy { {{origins}} } } } } }
            """);

        var facts = shown["node"]!["facts"]!.AsArray();
        Assert.Equal(own, new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject
        {
            ["name"] = f!["name"]!.DeepClone(),
            ["value"] = f["value"]?.DeepClone(),
            ["precision"] = f["precision"]?.DeepClone(),
            ["status"] = f["status"]!.DeepClone(),
            ["supportedBy"] = new JsonArray([.. f["supportedBy"]!.AsArray().Select(s => (JsonNode)new JsonObject { ["id"] = s!["id"]!.DeepClone() })]),
            ["contestedBy"] = new JsonArray([.. f["contestedBy"]!.AsArray().Select(s => (JsonNode)new JsonObject { ["id"] = s!["id"]!.DeepClone() })]),
        })]).ToJsonString());
        Assert.Contains(facts, f => (string?)f!["status"] == "SETTLED" || (string?)f!["status"] == "REFINED");
        Assert.Single(TiesWalk().Matches(statement));
    }

    [Fact]
    public async Task The_evidence_reads_of_each_claim_what_the_rules_and_the_shown_fields_read_not_every_property()
    {
        var (data, statement) = await AskAsync("""
            query($id: ID!) { node(id: $id) { ... on Treaty { signedOn facts { name value quantity { value } supportedBy { id statement key } } } } }
            """);

        // Each claim of the evidence reads the rules' properties and the shown fields' (its key, its statement), not its
        // lower-case statement, names or hash: every property (.*) was most of the answer's bytes.
        Assert.DoesNotMatch(EveryPropertyOfAClaim(), statement);
        Assert.Contains(".quantityQualifier", statement, StringComparison.Ordinal);
        Assert.Contains(".key", statement, StringComparison.Ordinal);
        Assert.DoesNotContain(".statementLower", statement, StringComparison.Ordinal);

        // What a shown claim answers is what the claim itself answers.
        var claims = data["node"]!["facts"]!.AsArray().SelectMany(f => f!["supportedBy"]!.AsArray()).ToList();
        Assert.True(claims.Count > 3, $"only {claims.Count} claims behind the treaty's facts");
        using var client = factory.CreateGraphQLClient();
        foreach (var claim in claims)
        {
            var alone = await client.PostAsync("query($id: ID!) { node(id: $id) { ... on Claim { id statement key } } }", new { id = (string)claim!["id"]! });
            Assert.Equal(alone.Data!["node"]!.ToJsonString(), claim.ToJsonString());
        }
    }

    private async Task<string> FactsAsync(string facts) =>
        (await AskAsync($"query($id: ID!) {{ node(id: $id) {{ ... on Treaty {{ f: {facts} }} }} }}", requests: null)).Data["node"]!["f"]!.ToJsonString();

    /// <summary>Asks about the treaty; the operation's one statement when <paramref name="requests"/> is 1 (checked), else the last sent.</summary>
    private async Task<(JsonNode Data, string Statement)> AskAsync(string query, int? requests = 1)
    {
        using var client = factory.CreateGraphQLClient();
        await client.PostAsync("{ node(id: \"warm-up\") { id } }"); // the client finds Neo4j's endpoint on its first request
        var before = factory.AppClient.RoundTrips;
        var response = await client.PostAsync(query, new { id = Treaty });
        Assert.True(response.Errors.Count == 0, response.ToString());
        if (requests is { } expected)
        {
            Assert.Equal(expected, factory.AppClient.RoundTrips - before);
        }

        return (response.Data!, factory.Statements.Last());
    }

    /// <summary>A walk from a claim to its reports that names them (the root's as-of tests do not).</summary>
    [GeneratedRegex(@"\)<-\[:REPORTS\]-\(\w+:Report\)")]
    private static partial Regex ClaimReportsWalk();

    /// <summary>A claim's map that reads every property of the claim.</summary>
    [GeneratedRegex(@"\w+ \{\.\*, labels: \['Claim'\]")]
    private static partial Regex EveryPropertyOfAClaim();

    /// <summary>A walk of an originator's ties to the top-level actors.</summary>
    [GeneratedRegex(@"\]->\(\w+:Entity\) WHERE NOT \(\w+\)-\[:MEMBER_OF")]
    private static partial Regex TiesWalk();
}
