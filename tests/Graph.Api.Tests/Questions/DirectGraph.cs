using Graph.Knowledge.Model;
using Graph.Neo4j;
using Graph.Neo4j.Client;
using Xunit;

namespace Graph.Api.Tests.Questions;

/// <summary>
/// The answers the API must give, asked of the same Neo4j directly, written only with MATCH /
/// OPTIONAL MATCH / UNION (what Neo4j 3.1.1 on Java 17 runs right) and independently of the API's
/// statements, so that a wrong or silently empty API statement shows as a difference.
/// </summary>
public sealed class DirectGraph(Neo4jOptions options) : IDisposable
{
    private static readonly string Ties = string.Join('|', RelationshipTypes.BetweenThings);

    private readonly Neo4jClient _client = new(options);

    /// <summary>Claims about the thing, and (unless it is an event) claims about a treaty, deployment or event tied to it.</summary>
    public Task<List<string>> ClaimsInvolvingAsync(string id) => IdsAsync("TestClaimsInvolving", $$"""
        MATCH (x:Entity {id: $id})<-[:{{RelationshipTypes.About}}]-(c:Claim)
        RETURN c.id AS id
        UNION
        MATCH (x:Entity {id: $id})--(t:Entity)<-[:{{RelationshipTypes.About}}]-(c:Claim)
        WHERE NOT x:Event AND (t:Treaty OR t:Deployment OR t:Event)
        RETURN c.id AS id
        """, new() { ["id"] = id });

    /// <summary>Like <see cref="ClaimsInvolvingAsync"/>, only the claims with the given predicate.</summary>
    public Task<List<string>> ClaimsInvolvingWithPredicateAsync(string id, string predicate) => IdsAsync("TestClaimsInvolvingWithPredicate", $$"""
        MATCH (x:Entity {id: $id})<-[:{{RelationshipTypes.About}}]-(c:Claim {predicate: $predicate})
        RETURN c.id AS id
        UNION
        MATCH (x:Entity {id: $id})--(t:Entity)<-[:{{RelationshipTypes.About}}]-(c:Claim {predicate: $predicate})
        WHERE NOT x:Event AND (t:Treaty OR t:Deployment OR t:Event)
        RETURN c.id AS id
        """, new() { ["id"] = id, ["predicate"] = predicate });

    /// <summary>The id of the claim that an article file names <paramref name="name"/>.</summary>
    public async Task<string> ClaimNamedAsync(string name) => Assert.Single(await IdsAsync("TestClaimNamed", """
        MATCH (c:Claim)
        WHERE $name IN c.names
        RETURN c.id AS id
        """, new() { ["name"] = name }));

    public Task<List<string>> ClaimsAboutAsync(string id) => IdsAsync("TestClaimsAbout", $$"""
        MATCH (:Entity {id: $id})<-[:{{RelationshipTypes.About}}]-(c:Claim)
        RETURN DISTINCT c.id AS id
        """, new() { ["id"] = id });

    public Task<List<string>> ClaimsAboutBothAsync(string from, string to) => IdsAsync("TestClaimsAboutBoth", $$"""
        MATCH (:Entity {id: $from})<-[:{{RelationshipTypes.About}}]-(c:Claim)-[:{{RelationshipTypes.About}}]->(:Entity {id: $to})
        RETURN DISTINCT c.id AS id
        """, new() { ["from"] = from, ["to"] = to });

    public Task<List<string>> ClaimsAttributedToAsync(string id) => IdsAsync("TestClaimsAttributedTo", $$"""
        MATCH (:Entity {id: $id})<-[:{{RelationshipTypes.OriginatedBy}}]-(:Report)-[:{{RelationshipTypes.Reports}}]->(c:Claim)
        RETURN DISTINCT c.id AS id
        """, new() { ["id"] = id });

    public Task<List<string>> ClaimsReportedInAsync(string article) => IdsAsync("TestClaimsReportedIn", $$"""
        MATCH (:Article {id: $id})<-[:{{RelationshipTypes.In}}]-(:Report)-[:{{RelationshipTypes.Reports}}]->(c:Claim)
        RETURN DISTINCT c.id AS id
        """, new() { ["id"] = article });

    public Task<List<string>> ClaimsWithTextAsync(string lowerText) => IdsAsync("TestClaimsWithText", """
        MATCH (c:Claim)
        WHERE toLower(c.statement) CONTAINS $text
        RETURN c.id AS id
        """, new() { ["text"] = lowerText });

    public Task<List<string>> ArticlesPublishedByAsync(string publisher) => IdsAsync("TestArticlesPublishedBy", $$"""
        MATCH (a:Article)-[:{{RelationshipTypes.PublishedBy}}]->(:Entity {id: $id})
        RETURN a.id AS id
        """, new() { ["id"] = publisher });

    /// <summary>Every thing of a kind with its date (an event's date, a deployment's start, a treaty's signing) as <c>id date</c>.</summary>
    public async Task<List<string>> DatedThingsAsync(string label)
    {
        var result = await _client.RunAsync(new Cypher("TestDatedThings", """
            MATCH (e:Entity)
            WHERE $label IN labels(e)
            RETURN e.id AS id
            """, new Dictionary<string, object?> { ["label"] = label }));
        var dates = await DatesAsync();
        return Sorted(result.Map(row => $"{row.GetString("id")} {dates.GetValueOrDefault(row.GetString("id"))}"));
    }

    /// <summary>
    /// The timeline's events as <c>id date</c>: those the thing took part in, that happened in (a claim about
    /// the event and the place, or the declared place) or concern it, that concern its treaties and
    /// deployments, and the thing itself when it is an event.
    /// </summary>
    public async Task<List<string>> EventsInvolvingAsync(string id)
    {
        var result = await _client.RunAsync(new Cypher("TestEventsInvolving", $$"""
            MATCH (:Entity {id: $id})-[:{{RelationshipTypes.TookPartIn}}]->(e:Event)
            RETURN e.id AS id
            UNION
            MATCH (:Entity {id: $id})<-[:{{RelationshipTypes.LocatedIn}}|{{RelationshipTypes.Concerns}}]-(e:Event)
            RETURN e.id AS id
            UNION
            MATCH (:Place {id: $id})<-[:{{RelationshipTypes.About}}]-(:Claim)-[:{{RelationshipTypes.About}}]->(e:Event)
            RETURN e.id AS id
            UNION
            MATCH (:Entity {id: $id})--(t:Entity)<-[:{{RelationshipTypes.Concerns}}]-(e:Event)
            WHERE t:Treaty OR t:Deployment
            RETURN e.id AS id
            UNION
            MATCH (e:Event {id: $id})
            RETURN e.id AS id
            """, new Dictionary<string, object?> { ["id"] = id }));
        var dates = await DatesAsync();
        return Sorted(result.Map(row => $"{row.GetString("id")} {dates.GetValueOrDefault(row.GetString("id"))}"));
    }

    /// <summary>
    /// Each dated thing's date from the asserted claims that date it (an event: any with a time; a treaty:
    /// <c>signed</c>; a deployment: <c>start</c>): the most precise, the earliest of equally precise ones.
    /// </summary>
    private async Task<Dictionary<string, string>> DatesAsync()
    {
        var result = await _client.RunAsync(new Cypher("TestDates", $$"""
            MATCH (e:Entity)<-[:{{RelationshipTypes.About}}]-(c:Claim)
            WHERE c.time IS NOT NULL AND c.stance = 'asserted'
              AND (e:Event OR (e:Treaty AND c.predicate = 'signed') OR (e:Deployment AND c.predicate = 'start'))
            RETURN e.id AS id, c.time AS time
            """, new Dictionary<string, object?>()));
        return result.Map(row => (Id: row.GetString("id"), Time: row.GetString("time")))
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Time).OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).First(), StringComparer.Ordinal);
    }

    /// <summary>The length of the shortest chain of ties (at most 4) and every chain of that length, as ids joined by <c>&gt;</c>; length null when none.</summary>
    public async Task<(long? Hops, List<string> Chains)> ShortestChainsAsync(string from, string to)
    {
        var result = await _client.RunAsync(new Cypher("TestShortestChains", $$"""
            MATCH (a:Entity {id: $from})
            MATCH (b:Entity {id: $to})
            MATCH p = (a)-[:{{Ties}}*1..4]-(b)
            WITH min(length(p)) AS hops, collect(p) AS paths
            RETURN hops, [q IN paths WHERE length(q) = hops | [n IN nodes(q) | n.id]] AS chains
            """, new Dictionary<string, object?> { ["from"] = from, ["to"] = to }));
        var row = result.Rows.Single();
        var chains = row["chains"].EnumerateArray().Select(c => string.Join('>', c.EnumerateArray().Select(n => n.GetString()))).ToList();
        return (row.IsNull("hops") ? null : row.GetInt64("hops"), Sorted(chains));
    }

    /// <summary>Each tie between two things as <c>TYPE forward</c> (forward: it starts at <paramref name="from"/>).</summary>
    public async Task<List<string>> TiesAsync(string from, string to)
    {
        var result = await _client.RunAsync(new Cypher("TestTies", """
            MATCH (s:Entity {id: $from})-[r]-(:Entity {id: $to})
            RETURN type(r) AS type, startNode(r) = s AS forward
            """, new Dictionary<string, object?> { ["from"] = from, ["to"] = to }));
        return Sorted(result.Map(row => $"{row.GetString("type")} {row.GetBoolean("forward")}"));
    }

    /// <summary>How many relationships the node has (not DECLARED_IN), and its neighbours' ids.</summary>
    public async Task<(long Relationships, List<string> Neighbours)> NeighboursAsync(string id)
    {
        var result = await _client.RunAsync(new Cypher("TestNeighbours", $$"""
            MATCH (n)
            WHERE n.id = $id
            MATCH (n)-[rel]-(m)
            WHERE type(rel) <> '{{RelationshipTypes.DeclaredIn}}'
            RETURN count(rel) AS relationships, collect(DISTINCT m.id) AS neighbours
            """, new Dictionary<string, object?> { ["id"] = id }));
        var row = result.Rows.Single();
        return (row.GetInt64("relationships"), Sorted(row.GetStrings("neighbours")));
    }

    /// <summary>
    /// The node and its neighbours (not by DECLARED_IN) as the graph view draws them, <c>id kind caption</c>: the kind is the
    /// first of the kind labels it has, the caption the first of its name, statement, title and quote (else its id), cut
    /// to 119 characters and an ellipsis when longer than 120.
    /// </summary>
    public async Task<List<string>> DrawnAroundAsync(string id)
    {
        string[] kinds = [Labels.Person, Labels.Country, Labels.Organization, Labels.Place, Labels.Treaty, Labels.Deployment, Labels.Event, Labels.Claim, Labels.Report, Labels.Article];
        var result = await _client.RunAsync(new Cypher("TestDrawnAround", $$"""
            MATCH (n)
            WHERE n.id = $id
            OPTIONAL MATCH (n)-[rel]-(m)
            WHERE type(rel) <> '{{RelationshipTypes.DeclaredIn}}'
            WITH n, collect(DISTINCT m) AS ms
            UNWIND ms + [n] AS x
            RETURN DISTINCT x.id AS id, labels(x) AS labels, [x.name, x.statement, x.title, x.quote] AS captions
            """, new Dictionary<string, object?> { ["id"] = id }));
        return Sorted(result.Map(row =>
        {
            var labels = row.GetStrings("labels");
            var caption = row["captions"].EnumerateArray().FirstOrDefault(c => c.ValueKind == System.Text.Json.JsonValueKind.String).GetString() ?? row.GetString("id");
            return $"{row.GetString("id")} {kinds.FirstOrDefault(labels.Contains) ?? labels[0]} {(caption.Length > 120 ? caption[..119] + "…" : caption)}";
        }));
    }

    /// <summary>Every relationship among the node and its neighbours (not DECLARED_IN) as <c>source&gt;target TYPE</c>.</summary>
    public async Task<List<string>> EdgesAroundAsync(string id)
    {
        var result = await _client.RunAsync(new Cypher("TestEdgesAround", $$"""
            MATCH (n)
            WHERE n.id = $id
            MATCH (n)-[rel]-(m)
            WHERE type(rel) <> '{{RelationshipTypes.DeclaredIn}}'
            WITH n, collect(DISTINCT m) AS ms
            UNWIND ms + [n] AS x
            MATCH (x)-[r]->(y)
            WHERE (y IN ms OR y = n) AND type(r) <> '{{RelationshipTypes.DeclaredIn}}'
            RETURN DISTINCT x.id AS source, y.id AS target, type(r) AS type
            """, new Dictionary<string, object?> { ["id"] = id }));
        return Sorted(result.Map(row => $"{row.GetString("source")}>{row.GetString("target")} {row.GetString("type")}"));
    }

    public void Dispose() => _client.Dispose();

    private async Task<List<string>> IdsAsync(string name, string text, Dictionary<string, object?> parameters)
    {
        var result = await _client.RunAsync(new Cypher(name, text, parameters));
        return Sorted(result.Map(row => row.GetString("id")));
    }

    private static List<string> Sorted(IEnumerable<string> values) => [.. values.Order(StringComparer.Ordinal)];
}
