using System.Text.Json.Nodes;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Reading;

/// <summary>
/// The single-statement compiler (src/Graph.Api/Reading) reads the selection as GraphQL does: fragments,
/// inline fragments, aliases, @skip/@include and interfaces give the same answer as the plain query,
/// and every operation is one Neo4j request.
/// </summary>
public sealed class CompiledSelectionTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private const string Deployment = "north-korean-troops-in-russia-2024";

    [Fact]
    public async Task Fragments_inline_fragments_and_aliases_answer_as_the_plain_query()
    {
        var plain = await AskAsync("""
            query($id: ID!) { claims(involving: $id, first: 8) { totalCount edges { node {
              id attributedTo { id name }
              reports { how article { title publisher { name } } relays { order entity { id } } } via { id } } } } }
            """, new { id = Deployment });
        var spread = await AskAsync("""
            query($id: ID!) { claims(involving: $id, first: 8) { totalCount edges { node { ...Who ... on Claim { via { id } } } } } }
            fragment Who on Claim {
              id
              attributedTo { id }
              attributedTo { name }
              reports { how article { title } }
              ... on Node { ... on Claim { reports { article { publisher { name } } relays { order entity { id } } } } }
            }
            """, new { id = Deployment });
        var aliased = await AskAsync("""
            query($id: ID!) { claims(involving: $id, first: 8) { totalCount edges { node {
              id asserters: attributedTo { id name } attributedTo { id name } via { id }
              reports { how article { title publisher { name } } relays { order entity { id } } } } } } }
            """, new { id = Deployment });

        Assert.Equal(plain.ToJsonString(), spread.ToJsonString());
        var nodes = Nodes(aliased);
        Assert.All(nodes, n => Assert.Equal(n["attributedTo"]!.ToJsonString(), n["asserters"]!.ToJsonString()));
        Assert.Contains(nodes, n => n["attributedTo"]!.AsArray().Count > 0);
        Assert.Contains(Nodes(plain), n => n["reports"]!.AsArray().Any(r => r!["relays"]!.AsArray().Count > 0));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Skip_and_include_follow_their_variables(bool with)
    {
        var data = await AskAsync("""
            query($id: ID!, $with: Boolean!) { claims(involving: $id, first: 3) { edges { node {
              id about @include(if: $with) { id } reports @skip(if: $with) { how } } } } }
            """, new { id = Deployment, with });

        Assert.All(Nodes(data), n =>
        {
            Assert.Equal(with, n.AsObject().ContainsKey("about"));
            Assert.Equal(!with, n.AsObject().ContainsKey("reports"));
        });
        Assert.All(Nodes(data), n => Assert.NotEmpty((n["about"] ?? n["reports"])!.AsArray()));
    }

    [Fact]
    public async Task A_report_found_by_node_carries_what_its_claim_lists()
    {
        var claim = Nodes(await AskAsync("""
            query($id: ID!) { claims(involving: $id, first: 1) { edges { node { id statement reports { id how article { id } originatedBy { id } relays { order how entity { id } } } } } } }
            """, new { id = Deployment }))[0];
        var report = claim["reports"]![0]!;

        var found = (await AskAsync("""
            query($id: ID!) { node(id: $id) { id ... on Report { how article { id } originatedBy { id } relays { order how entity { id } } claim { id statement } } } }
            """, new { id = (string)report["id"]! }))["node"]!;

        Assert.Equal((string?)claim["id"], (string?)found["claim"]!["id"]);
        Assert.Equal((string?)claim["statement"], (string?)found["claim"]!["statement"]);
        foreach (var field in new[] { "how", "article", "originatedBy", "relays" })
        {
            Assert.Equal(report[field]!.ToJsonString(), found[field]!.ToJsonString());
        }
    }

    [Fact]
    public async Task An_interface_selection_is_compiled_for_each_kind()
    {
        var data = await AskAsync("""
            query($id: ID!) {
              claims(involving: $id, first: 5) { edges { node { about { id ... on Entity { name } } } } }
              deployment: node(id: $id) { id ... on Entity { name } ... on Claim { statement } }
              nothing: node(id: "no-such-node") { id }
            }
            """, new { id = Deployment });

        Assert.Equal(Deployment, (string?)data["deployment"]!["id"]);
        Assert.False(string.IsNullOrEmpty((string?)data["deployment"]!["name"]));
        Assert.Null(data["nothing"]);
        Assert.All(Nodes(data), n => Assert.All(n["about"]!.AsArray(), a => Assert.False(string.IsNullOrEmpty((string?)a!["name"]))));
    }

    [Fact]
    public async Task One_response_key_for_two_fields_under_merged_parents_keeps_each_its_own()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync("""
            query($id: ID!) { claims(involving: $id, first: 3) {
              a: edges { node { id x: about { id } } }
              b: edges { node { id x: attributedTo { id } } } } }
            """, new { id = Deployment });
        var plain = await AskAsync("""
            query($id: ID!) { claims(involving: $id, first: 3) { edges { node { id about { id } attributedTo { id } } } } }
            """, new { id = Deployment });

        Assert.True(response.Errors.Count == 0, response.ToString());
        var claims = response.Data!["claims"]!;
        var expected = Nodes(plain);
        Assert.Equal(expected.Select(n => n["about"]!.ToJsonString()), claims["a"]!.AsArray().Select(e => e!["node"]!["x"]!.ToJsonString()));
        Assert.Equal(expected.Select(n => n["attributedTo"]!.ToJsonString()), claims["b"]!.AsArray().Select(e => e!["node"]!["x"]!.ToJsonString()));
    }

    /// <summary>
    /// The compiled claim fields (one walk of a claim's reports shared by its fields, maps narrowed to the
    /// properties the fields read, as-of tests only when a day is given) answer as the loaders do: under two
    /// aliases of <c>edges</c> each response key names two fields, so the resolvers of <c>a</c> load.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData("2024-11-12")]
    public async Task Claim_fields_compiled_answer_as_their_loaders(string? day)
    {
        const string Fields = """
            x: quote y: reportedIn { id title publishedOn publisher { name } }
            z: disagreesWith { id statement quantity { value low high unit qualifier } independentAsserters attributedTo { name } }
            w: relations { kind reason claim { id } }
            """;
        using var client = factory.CreateGraphQLClient();
        var loaded = await client.PostAsync($$"""
            query($id: ID!, $day: String) { claims(involving: $id, first: 30, asOf: $day) {
              a: edges { node { id {{Fields}} } }
              b: edges { node { id x: via { id } y: attributedTo { id } z: independentOrigins { id } w: reports { how } } } } }
            """, new { id = Deployment, day });
        var compiled = await AskAsync($$"""
            query($id: ID!, $day: String) { claims(involving: $id, first: 30, asOf: $day) { a: edges { node { id {{Fields}} } } } }
            """, new { id = Deployment, day });

        Assert.True(loaded.Errors.Count == 0, loaded.ToString());
        Assert.Equal(loaded.Data!["claims"]!["a"]!.ToJsonString(), compiled["claims"]!["a"]!.ToJsonString());
        var nodes = compiled["claims"]!["a"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Contains(nodes, n => n["z"]!.AsArray().Count > 0);
        Assert.All(nodes, n => Assert.All(n["y"]!.AsArray(), a => Assert.True(day is null || string.CompareOrdinal((string)a!["publishedOn"]!, day) <= 0)));
    }

    /// <summary>
    /// A claim's quote, attributedTo and via are what its reports' quote, originatedBy and via hold: selected together
    /// (as the IDE's first question does) they are read from the reports' part of the one walk, not walked again, and
    /// answer as the loaders do, for a claim without relays too.
    /// </summary>
    [Fact]
    public async Task Claim_fields_read_from_their_reports_answer_as_their_loaders()
    {
        const string Fields = """
            x: quote y: attributedTo { id name } z: via { id name }
            w: reports { how quote originatedBy { id name } via { id name } article { id title publisher { name } } }
            """;
        using var client = factory.CreateGraphQLClient();
        var loaded = await client.PostAsync($$"""
            query($id: ID!) { claims(involving: $id, first: 50) {
              a: edges { node { id {{Fields}} } }
              b: edges { node { id x: statement y: about { id } z: reportedIn { id } w: relations { kind } } } } }
            """, new { id = Deployment });
        var compiled = await AskAsync($$"""
            query($id: ID!) { claims(involving: $id, first: 50) { a: edges { node { id {{Fields}} } } } }
            """, new { id = Deployment });

        Assert.True(loaded.Errors.Count == 0, loaded.ToString());
        Assert.Equal(loaded.Data!["claims"]!["a"]!.ToJsonString(), compiled["claims"]!["a"]!.ToJsonString());
        var nodes = compiled["claims"]!["a"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Contains(nodes, n => n["z"]!.AsArray().Count > 0);
        Assert.Contains(nodes, n => n["z"]!.AsArray().Count == 0);
        Assert.All(nodes, n => Assert.Equal(
            n["w"]!.AsArray().SelectMany(r => r!["originatedBy"]!.AsArray()).Select(o => (string)o!["id"]!).Distinct().Order(StringComparer.Ordinal),
            n["y"]!.AsArray().Select(o => (string)o!["id"]!).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Claims_compared_under_a_narrow_selection_are_still_compared_on_their_whole_definition()
    {
        // Maps carry only the properties their selection reads (ProjectionExtensions.Reads); the claims a claim is
        // compared with carry their own compared properties besides, whatever is selected below them.
        var narrow = await AskAsync("""
            query($id: ID!) { claims(involving: $id, first: 50) { edges { node { id disagreesWith { id } relations { kind claim { id } } } } } }
            """, new { id = Deployment });
        var wide = await AskAsync("""
            query($id: ID!) { claims(involving: $id, first: 50) { edges { node { id
              disagreesWith { id predicate value stance time quantity { value low high unit qualifier } }
              relations { kind claim { id predicate value stance time quantity { value low high unit qualifier } } } } } } }
            """, new { id = Deployment });

        string Compared(JsonNode node) => string.Join(" ", node["disagreesWith"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()))
            + " | " + string.Join(" ", node["relations"]!.AsArray().Select(r => $"{r!["kind"]}:{r["claim"]!["id"]}"));
        Assert.Equal(Nodes(wide).Select(Compared), Nodes(narrow).Select(Compared));
        Assert.Contains(Nodes(narrow), n => n["disagreesWith"]!.AsArray().Count > 0);
    }

    /// <summary>
    /// <c>changes</c> compiles the claims behind a fact, now and before, into its one statement when they are
    /// selected (<c>SelectionCompiler.RootSelects</c>): shown with a projected field, they cost no loader request.
    /// </summary>
    [Fact]
    public async Task A_change_shows_the_claims_behind_its_fact_and_the_fact_before_in_one_request()
    {
        var data = await AskAsync("""
            { changes(from: "2024-11-12", to: "2024-12-05") {
                kind thing { id } fact { name supportedBy { names reportedIn { id } } } before { value supportedBy { names reportedIn { id } } } } }
            """, new { });
        var changes = data["changes"]!.AsArray().Select(c => c!)
            .Where(c => (string?)c["kind"] == "FACT_CHANGED" && (string?)c["thing"]!["id"] == "russia-dprk-strategic-partnership-treaty").ToList();

        var inForce = changes.Single(c => (string?)c["fact"]!["name"] == "inForceOn")["fact"]!["supportedBy"]!.AsArray();
        Assert.Contains(inForce, c => c!["names"]!.AsArray().Any(n => (string?)n == "treaty-in-force-from-2024-12-04"));
        Assert.Contains(inForce, c => c!["reportedIn"]!.AsArray().Any(a => (string?)a!["id"] == "2024-12-05-interfax-treaty-takes-effect"));
        var before = changes.Single(c => (string?)c["fact"]!["name"] == "signedOn")["before"]!;
        Assert.Equal("2024-06", (string?)before["value"]);
        Assert.NotEmpty(before["supportedBy"]!.AsArray());
        Assert.All(before["supportedBy"]!.AsArray(), c => Assert.NotEmpty(c!["reportedIn"]!.AsArray()));
    }

    /// <summary>Asks and checks the operation cost one Neo4j request.</summary>
    private async Task<JsonNode> AskAsync(string query, object variables)
    {
        using var client = factory.CreateGraphQLClient();
        await client.PostAsync("{ node(id: \"warm-up\") { id } }"); // the client finds Neo4j's endpoint on its first request
        var before = factory.AppClient.RoundTrips;
        var response = await client.PostAsync(query, variables);
        Assert.True(response.Errors.Count == 0, response.ToString());
        Assert.Equal(1, factory.AppClient.RoundTrips - before);
        return response.Data!;
    }

    private static List<JsonNode> Nodes(JsonNode data) =>
        [.. data["claims"]!["edges"]!.AsArray().Select(e => e!["node"]!)];
}
