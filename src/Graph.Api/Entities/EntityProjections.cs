using System.Text.Json;
using Graph.Api.History;
using Graph.Api.Nodes;
using Graph.Api.Reading;
using Graph.Knowledge.Model;

namespace Graph.Api.Entities;

/// <summary>
/// What the entity fields read inside their operation's one statement (<see cref="Projection"/>s over a
/// thing), and how their resolvers read it back: the same answers as <see cref="EntityCypher"/>'s batched
/// statements, which the fields still use when the compiler did not reach them. Pattern comprehensions
/// cannot sort, so each item carries the keys of the loaders' ORDER BY and is sorted in C#.
/// </summary>
/// <remarks>
/// Forms Neo4j 3.1.1 on Java 17 gets wrong here, all tried on the seed: a variable-length pattern in a
/// nested comprehension fails (IncompatibleClassChangeError), a nested comprehension whose WHERE is an
/// OR with a null operand (<c>$day IS NULL OR a.publishedOn &lt;= $day</c>) keeps nothing, and a pattern
/// comprehension inside a list comprehension loses the variables bound outside that list comprehension
/// (it matches from every node). So every node is labelled, day filters are written as CASE, and a list
/// comprehension's body only starts patterns from its own item.
/// </remarks>
public static class EntityProjections
{
    /// <summary>The claims the entity fields list: at most this many, earliest reported first.</summary>
    public const int MaxClaims = 100;

    /// <summary>
    /// The ties of the parent in one direction (<paramref name="outgoing"/> null: both) of the given
    /// types (none: any) to things (of <paramref name="kind"/> when given), each as
    /// <c>{type, outgoing, properties, order, node}</c>; <c>node</c> is the selection at
    /// <paramref name="path"/> below the field (none: the field's own).
    /// </summary>
    public static string Ties(ProjectionScope scope, bool? outgoing, IReadOnlyList<string> types, string? kind, params string[] path)
    {
        var rel = scope.Variable();
        var thing = scope.Variable();
        var typed = types.Count == 0 ? rel : $"{rel}:{string.Join("|", types)}";
        var step = outgoing switch
        {
            true => $"-[{typed}]->",
            false => $"<-[{typed}]-",
            null => $"-[{typed}]-",
        };
        return $"[({scope.Parent}){step}({thing}:{kind ?? Labels.Entity}) | {{type: type({rel}), outgoing: startNode({rel}) = {scope.Parent}, properties: properties({rel}), "
            + $"order: [coalesce({rel}.on, {rel}.since, {AsOfCypher.KnownDate(thing, asOf: false)}, ''), {thing}.name, {thing}.id], node: {scope.Map(thing, path)}}}]";
    }

    /// <summary>The ties <see cref="Ties"/> fetched, in the order of <see cref="EntityCypher.Relations"/>.</summary>
    public static List<RelationRecord> ReadTies(JsonElement fetched) =>
        [.. Items(fetched)
            .OrderBy(t => t.GetProperty("order"), CypherOrder.Keys)
            .Select(t => new RelationRecord(t.GetProperty("type").GetString()!, t.GetProperty("outgoing").GetBoolean(), NodeRecord.From(t.GetProperty("node")), t.GetProperty("properties")))];

    /// <summary>
    /// The claims involving the parent, by the rule of <see cref="Claims.ClaimCypher.Involving"/>: those
    /// about it and, unless it is an event, those about the treaties, deployments and events tied to it.
    /// The tie is typed with the closed set of ties between things (what an untyped step would follow from
    /// a thing to a thing).
    /// </summary>
    public static string Involving(ProjectionScope scope)
    {
        var x = scope.Parent;
        var tie = scope.Variable();
        return Claims(scope, c => $"({x})<-[:{RelationshipTypes.About}]-({c}:Claim)")
            + $" + CASE WHEN {x}:{Labels.Event} THEN [] ELSE "
            + Claims(scope, c => $"({x})-[:{RelationshipTypes.AnyBetweenThings}]-({tie}:Entity)<-[:{RelationshipTypes.About}]-({c}:Claim)", $"({tie}:{Labels.Treaty} OR {tie}:{Labels.Deployment} OR {tie}:{Labels.Event})")
            + " END";
    }

    /// <summary>The claims this thing originated (whoever relayed them), as <see cref="EntityCypher.Statements"/>.</summary>
    public static string Originated(ProjectionScope scope) =>
        Claims(scope, c => $"({scope.Parent})<-[:{RelationshipTypes.OriginatedBy}]-(:Report)-[:{RelationshipTypes.Reports}]->({c}:Claim)");

    /// <summary>The claims about a deployment that carry a figure, as <see cref="EntityCypher.SizeClaims"/>.</summary>
    public static string Figures(ProjectionScope scope) =>
        Claims(scope, c => $"({scope.Parent})<-[:{RelationshipTypes.About}]-({c}:Claim)", c => $"({c}.quantityValue IS NOT NULL OR {c}.quantityLow IS NOT NULL OR {c}.quantityHigh IS NOT NULL)");

    /// <summary>
    /// The claims at the end of <paramref name="pattern"/> (given the claim's variable) known on the field's
    /// day, each as <c>{node, reported}</c>: the field's selection and the publication day and position of
    /// each report, what <see cref="ReadClaims"/> orders by. A claim reached twice comes twice.
    /// </summary>
    /// <remarks>
    /// One pattern comprehension, not a list comprehension over one: Neo4j 3.1 fails a pattern
    /// comprehension on the item of a list built by a pattern comprehension ("Expected c to be a Map but it was a Path").
    /// </remarks>
    private static string Claims(ProjectionScope scope, Func<string, string> pattern, Func<string, string>? where = null)
    {
        var (claim, report, article) = (scope.Variable(), scope.Variable(), scope.Variable());
        var condition = where is null ? AsOfCypher.Claim(claim, scope.AsOf) : $"{where(claim)} AND {AsOfCypher.Claim(claim, scope.AsOf)}";
        return $"[{pattern(claim)} WHERE {condition} | {{node: {scope.Map(claim)}, "
            + $"reported: [({claim})<-[:{RelationshipTypes.Reports}]-({report}:Report)-[:{RelationshipTypes.In}]->({article}:Article) | [{article}.publishedOn, {report}.position]]}}]";
    }

    private static string Claims(ProjectionScope scope, Func<string, string> pattern, string where) => Claims(scope, pattern, _ => where);

    /// <summary>
    /// What <see cref="Claims"/> fetched, once each, ordered as the loaders' statements order them (the
    /// earliest publication of a report, the smallest position of one, the id) and cut at <see cref="MaxClaims"/>.
    /// </summary>
    public static List<NodeRecord> ReadClaims(JsonElement fetched) =>
        [.. Items(fetched)
            .Select(c => (Node: NodeRecord.From(c.GetProperty("node")), Reported: c.GetProperty("reported").EnumerateArray().ToList()))
            .DistinctBy(c => c.Node.Id)
            .OrderBy(c => c.Reported.Select(r => r[0].GetString()).Min(StringComparer.Ordinal), CypherOrder.Text)
            .ThenBy(c => c.Reported.Where(r => r[1].ValueKind == JsonValueKind.Number).Select(r => (long?)r[1].GetInt64()).Min() ?? long.MaxValue)
            .ThenBy(c => c.Node.Id, StringComparer.Ordinal)
            .Take(MaxClaims)
            .Select(c => c.Node)];

    private static IEnumerable<JsonElement> Items(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object) : [];
}
