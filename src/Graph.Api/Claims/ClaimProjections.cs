using System.Text.Json;
using Graph.Api.History;
using Graph.Api.Nodes;
using Graph.Api.Paging;
using Graph.Api.Reading;
using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;

namespace Graph.Api.Claims;

/// <summary>
/// What the claim and report fields read inside the operation's one statement (<see cref="Projection"/>s),
/// and how their resolvers read it back. Pattern comprehensions cannot sort, so each list carries its
/// sort keys and is put in the loaders' order here.
/// </summary>
public static class ClaimProjections
{
    /// <summary>
    /// The claim's reports known on the field's day, walked once for every field of the claim that reads them
    /// (<see cref="ProjectionScope.SharedWalk"/>), each as <c>{order: 'publishedOn published position id', parts: {...}}</c> (<see cref="ReportOrder"/>);
    /// the field's part is <paramref name="value"/>, built from the report and article variables.
    /// </summary>
    public static string Reports(ProjectionScope scope, Func<string, string, string> value) =>
        scope.SharedWalk($"reports {scope.AsOf}", 2, (v, parts) =>
            $"[({scope.Parent})<-[:{RelationshipTypes.Reports}]-({v[0]}:{Labels.Report})-[:{RelationshipTypes.In}]->({v[1]}:{Labels.Article}) "
            + (scope.Dated ? $"WHERE {v[1]}.publishedOn <= {scope.AsOf} " : string.Empty)
            + $"| {{order: {ReportOrder.Key(v[0], v[1])}, parts: {parts}}}]",
            v => value(v[0], v[1]));

    /// <summary>The field's values of <see cref="Reports"/> (its entry, <paramref name="reference"/>), earliest report first.</summary>
    public static IEnumerable<JsonElement> EarliestFirst(NodeRecord claim, JsonElement reference) =>
        claim.Parts(reference).OrderBy(p => p.Item.GetProperty("order").GetString(), ReportOrder.Comparer).Select(p => p.Part);

    /// <summary>A report's originators, as the field's selection over <c>o</c>.</summary>
    public static string Originators(ProjectionScope scope, string report, params string[] path)
    {
        var originator = scope.Variable();
        return $"[({report})-[:{RelationshipTypes.OriginatedBy}]->({originator}:{Labels.Entity}) | {scope.Map(originator, path)}]";
    }

    /// <summary>Originators by name, as the loaders gave them.</summary>
    public static IEnumerable<NodeRecord> ByName(JsonElement originators) =>
        NodeRecord.List(originators).OrderBy(o => o.Text("name"), StringComparer.Ordinal);

    /// <summary>A report's relays, <c>{order, how, entity}</c>, the entity as the selection at <paramref name="path"/>.</summary>
    public static string Relays(ProjectionScope scope, string report, params string[] path)
    {
        var (relay, entity) = (scope.Variable(), scope.Variable());
        return $"[({report})-[{relay}:{RelationshipTypes.RelayedBy}]->({entity}:{Labels.Entity}) | {{order: {relay}.order, how: {relay}.how, entity: {scope.Map(entity, path)}}}]";
    }

    /// <summary>The relays of <see cref="Relays"/> in chain order.</summary>
    public static List<RelayRecord> Chain(JsonElement relays) =>
        [.. (relays.ValueKind == JsonValueKind.Array ? relays.EnumerateArray().ToList() : [])
            .Select(r => new RelayRecord(
                NodeRecord.From(r.GetProperty("entity")),
                r.TryGetProperty("order", out var order) && order.ValueKind == JsonValueKind.Number ? order.GetInt32() : int.MaxValue,
                r.TryGetProperty("how", out var how) && how.ValueKind == JsonValueKind.String ? how.GetString() : null))
            .OrderBy(r => r.Order)];

    /// <summary>
    /// The claim's independent origins (<see cref="IndependentOrigins"/>): for each originator of each report
    /// known on the day, the top-level actors its ties reach, with the hops and whether each is a country.
    /// </summary>
    public static string Origins(ProjectionScope scope, bool selected) =>
        Reports(scope, (report, _) => OriginatorsWithTops(report, scope.Variable, selected ? scope.Map : variable => $"{variable} {{.id, .name}}"));

    /// <summary>
    /// A report's originators, each as <c>{node, tops: [{hops, country, node}]}</c>: the top-level actors its ties
    /// reach, with the hops and whether each is a country; every node as <paramref name="node"/> writes it.
    /// </summary>
    public static string OriginatorsWithTops(string report, Func<string> variable, Func<string, string> node)
    {
        var (originator, path, top) = (variable(), variable(), variable());
        var tops = $"[{path} = ({originator})-[:{IndependentOrigins.AnyTie}*1..{IndependentOrigins.MaxTies}]->({top}:{Labels.Entity}) WHERE NOT ({top})-[:{IndependentOrigins.AnyTie}]->(:{Labels.Entity}) "
            + $"| {{hops: length({path}), country: {top}:{Labels.Country}, node: {node(top)}}}]";
        return $"[({report})-[:{RelationshipTypes.OriginatedBy}]->({originator}:{Labels.Entity}) | {{node: {node(originator)}, tops: {tops}}}]";
    }

    /// <summary>The origins of <see cref="Origins"/>: one per originator (<see cref="TopLevelOf"/>), distinct, by name.</summary>
    public static List<NodeRecord> TopLevel(NodeRecord claim, JsonElement reference) =>
        CypherOrder.ByName(EarliestFirst(claim, reference)
            .SelectMany(originators => originators.EnumerateArray())
            .Select(TopLevelOf)
            .DistinctBy(o => o.Id));

    /// <summary>The one actor an originator of <see cref="OriginatorsWithTops"/> counts as: of the tops its ties reach, a country first, then the nearest, then the smallest id; itself when none.</summary>
    public static NodeRecord TopLevelOf(JsonElement originator) =>
        originator.GetProperty("tops") is { ValueKind: JsonValueKind.Array } tops && tops.GetArrayLength() > 0
            ? IndependentOrigins.InPreference(tops.EnumerateArray().Select(t => (Node: NodeRecord.From(t.GetProperty("node")), Top: t)),
                    t => t.Top.GetProperty("country").GetBoolean(), t => t.Top.GetProperty("hops").GetInt32(), t => t.Node.Id)
                .First().Node
            : NodeRecord.From(originator.GetProperty("node"));

    /// <summary>
    /// The claims compared with this one (as <see cref="ClaimCypher.Candidates"/>): same predicate, one about all
    /// the things the other is about (<see cref="ClaimCypher.SameSubject"/>), known on the day; each with what it is
    /// about, and this claim's own.
    /// </summary>
    /// <remarks>
    /// A claim of a <c>claims</c> page (<see cref="PageCypher.Item"/>) reads the candidates the page found for all its claims with
    /// index seeks (<see cref="Related"/>); any other claim (one reached from another) walks from every thing it is about to
    /// the claims with the same predicate (a comprehension cannot seek an index): more candidates, the same relations.
    /// Every candidate carries the child selection, though only those C# finds related are shown: the
    /// relation is decided by <see cref="ClaimRelations"/>, not in Cypher. A costly child selection
    /// (<c>disagreesWith { independentAsserters }</c>) is therefore computed for every candidate of every
    /// claim of the page, where the loaders computed it once per distinct disagreeing claim.
    /// </remarks>
    public static string Candidates(ProjectionScope scope, params string[] path)
    {
        var other = scope.Variable();
        string About(string claim)
        {
            var about = scope.Variable();
            return $"[({claim})-[:{RelationshipTypes.About}]->({about}:{Labels.Entity}) | {{id: {about}.id, event: {about}:{Labels.Event}}}]";
        }

        var known = scope.Dated ? AsOfCypher.Claim(other, scope.AsOf) : null;
        var compared = string.Join(", ", RelationProperties.Prepend("id").Select(p => "." + p));
        var candidate = $"{{about: {About(other)}, compared: {other} {{{compared}}}, node: {scope.Map(other, path)}}}";
        if (scope.Parent == PageCypher.Item && scope.RootField == ClaimQueries.Field)
        {
            var entry = scope.Variable();
            return $"{{about: {About(scope.Parent)}, candidates: [{other} IN head([{entry} IN {Related} WHERE {entry}.claim = {scope.Parent} | {entry}.others]) "
                + (known is null ? string.Empty : $"WHERE {known} ") + $"| {candidate}]}}";
        }

        // Not deduplicated in Cypher (a claim about two of the same things comes twice; Relations keeps it once):
        // on Neo4j 3.1 a list comprehension over this pattern comprehension's items sees paths, not nodes.
        // Every claim that shares the predicate and one of this claim's things is read: those about another thing only are left to Relations.
        return $"{{about: {About(scope.Parent)}, candidates: [({scope.Parent})-[:{RelationshipTypes.About}]->(:{Labels.Entity})<-[:{RelationshipTypes.About}]-({other}:{Labels.Claim}) "
            + $"WHERE {other} <> {scope.Parent} AND {other}.predicate = {scope.Parent}.predicate{(known is null ? string.Empty : " AND " + known)} "
            + $"| {candidate}]}}";
    }

    /// <summary>The variable of a claim page's <c>[{claim, others}]</c>: each claim of the page with its candidates (<see cref="ClaimCypher.SameSubject"/>).</summary>
    public const string Related = "related";

    /// <summary>What <see cref="ClaimRelations"/> compares of two claims (<see cref="ClaimFields.Read"/>), besides what they are about.</summary>
    public static readonly string[] RelationProperties =
    [
        ClaimFields.Predicate, ClaimFields.Value, ClaimFields.QuantityValue, ClaimFields.QuantityLow, ClaimFields.QuantityHigh,
        ClaimFields.QuantityUnit, ClaimFields.QuantityQualifier, ClaimFields.Stance, ClaimFields.Time,
    ];

    /// <summary>How the claim stands to each candidate of <see cref="Candidates"/>, by the other claim's id.</summary>
    public static List<ClaimRelationRecord> Relations(NodeRecord self, JsonElement fetched) =>
        [.. (fetched.GetProperty("candidates") is { ValueKind: JsonValueKind.Array } candidates ? candidates.EnumerateArray().ToList() : [])
            .Select(c => (Node: NodeRecord.From(c.GetProperty("node")), Compared: NodeRecord.From(c.GetProperty("compared")), About: c.GetProperty("about")))
            .DistinctBy(c => c.Node.Id)
            .OrderBy(c => c.Node.Id, StringComparer.Ordinal)
            .Select(c => ClaimPair.Relation(self, fetched.GetProperty("about"), c.Compared, c.About) is { } relation ? relation with { Claim = c.Node } : null)
            .OfType<ClaimRelationRecord>()];
}
