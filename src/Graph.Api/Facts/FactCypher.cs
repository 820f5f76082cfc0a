using System.Text.Json;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Api.Reading;
using Graph.Import;
using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;
using Graph.Neo4j.Client;

namespace Graph.Api.Facts;

/// <summary>The claims about a thing as known on <c>$asOf</c> (null: everything), each with its independent origins.</summary>
public static class FactCypher
{
    /// <summary>
    /// Only reports in articles published by <c>$asOf</c> count: a claim none of them carries is not
    /// known yet, and its origins are those of the counted reports. Which claim states which fact, and
    /// the value they settle on, is decided in C# (<see cref="Knowledge.Facts.FactRules"/>).
    /// </summary>
    public static readonly BatchQuery<FactEvidenceRow> Evidence = new("FactEvidence", FactEvidenceCypher.Evidence, row => new FactEvidenceRow(NodeRecord.From(row["node"]), row.GetString("firstReported"), row.GetStrings("origins")));

    /// <summary>Things by id: the thing a fact's value names (an event's <c>place</c>).</summary>
    public static readonly BatchQuery<NodeRecord> Things = new("FactThings", """
        UNWIND $keys AS key
        MATCH (e:Entity {id: key})
        RETURN key, e {.*, labels: labels(e)} AS node
        """, row => NodeRecord.From(row["node"]));

    private static readonly string OriginTies = string.Join("|", IndependentOrigins.Ties);

    /// <summary>The evidence of the field's thing on the field's day (<see cref="EvidenceExpression"/>), with the claims as the selection below each of <paramref name="claimFields"/> shows them.</summary>
    public static string EvidenceOf(ProjectionScope scope, params string[] claimFields) =>
        EvidenceExpression(scope.Parent, scope.AsOf, scope.Variable, claimFields.ToDictionary(f => f, f => (Func<string, string>)(claim => scope.Map(claim, f)), StringComparer.Ordinal));

    /// <summary>
    /// For a fact whose value names a thing (an event's place): the field's evidence and the things the
    /// claims about the parent name with it, each as the field's selection; <see cref="FactLoader.Thing"/>
    /// picks the one the fact settles on.
    /// </summary>
    public static string ThingOf(ProjectionScope scope)
    {
        var (claim, thing) = (scope.Variable(), scope.Variable());
        return $"{{evidence: {EvidenceOf(scope)}, things: [({scope.Parent})<-[:{RelationshipTypes.About}]-({claim}:Claim)-[:{RelationshipTypes.About}]->({thing}:{Labels.Place}) | {scope.Map(thing)}]}}";
    }

    /// <summary>
    /// What <see cref="Evidence"/> answers for one thing, as an expression over its variable
    /// <paramref name="thing"/> for the day in <paramref name="day"/> (a parameter): each claim about it as
    /// <c>{claim, reports: [{on, origins}], ...}</c>, every report with the day its article was published
    /// (only those published by the day) and the top-level origin of each originator
    /// (<see cref="TopLevelOrigin"/>). <paramref name="claimMaps"/> adds, under each key, the claim as a
    /// selection compiled over the claim's variable. <see cref="Read"/> turns it into <see cref="Evidence"/>'s rows.
    /// </summary>
    public static string EvidenceExpression(string thing, string day, Func<string> variable, IReadOnlyDictionary<string, Func<string, string>> claimMaps)
    {
        var (claim, about, report, article, originator) = (variable(), variable(), variable(), variable(), variable());
        var maps = string.Concat(claimMaps.Select(m => $", `{m.Key}`: {m.Value(claim)}"));
        return $"[({thing})<-[:{RelationshipTypes.About}]-({claim}:Claim) | {{claim: {claim} {{.*, labels: labels({claim}), about: [({claim})-[:{RelationshipTypes.About}]->({about}:Entity) | {{id: {about}.id, kind: {about}.kind}}]}}{maps}, "
            + $"reports: [({claim})<-[:{RelationshipTypes.Reports}]-({report}:Report)-[:{RelationshipTypes.In}]->({article}:Article) WHERE CASE WHEN {day} IS NULL THEN true ELSE {article}.publishedOn <= {day} END | "
            + $"{{on: {article}.publishedOn, origins: [({report})-[:{RelationshipTypes.OriginatedBy}]->({originator}:Entity) | {TopLevelOrigin(originator, variable)}]}}]}}]";
    }

    /// <summary>
    /// The id of the one top-level actor an originator counts as, as an expression: the rule of
    /// <see cref="FactEvidenceCypher.TopLevelOrigins"/> (<see cref="IndependentOrigins.Preference"/>) for
    /// where its clauses cannot go. The ties are followed one step per nested comprehension, up to
    /// <see cref="IndependentOrigins.MaxTies"/>: a variable-length pattern inside a nested comprehension
    /// fails on Neo4j 3.1.1 on Java 17, and chains of every length spelled out as patterns took Neo4j 3.1
    /// three times as long to plan. A step may come back along a tie it took, which only adds longer ways
    /// to tops already reached: the top chosen is the same. FactProjectionTests checks both forms agree on
    /// every thing of the seed.
    /// </summary>
    public static string TopLevelOrigin(string originator, Func<string> variable)
    {
        var best = variable();
        var candidate = variable();
        return $"coalesce(reduce({best} = null, {candidate} IN {Tops(originator, 1, variable)} | "
            + $"CASE WHEN {best} IS NULL OR {candidate}.rank < {best}.rank OR ({candidate}.rank = {best}.rank AND ({candidate}.hops < {best}.hops "
            + $"OR ({candidate}.hops = {best}.hops AND {candidate}.id < {best}.id))) THEN {candidate} ELSE {best} END).id, {originator}.id)";
    }

    /// <summary>The tops reached from <paramref name="from"/> in <paramref name="hops"/> steps or more, as <c>[{id, rank, hops}]</c>.</summary>
    private static string Tops(string from, int hops, Func<string> variable)
    {
        if (hops > IndependentOrigins.MaxTies)
        {
            return "[]";
        }

        var (next, found, all) = (variable(), variable(), variable());
        return $"reduce({all} = [], {found} IN [({from})-[:{OriginTies}]->({next}:Entity) | CASE WHEN NOT ({next})-[:{OriginTies}]->(:Entity) "
            + $"THEN [{{id: {next}.id, rank: CASE WHEN {next}:{Labels.Country} THEN 0 ELSE 1 END, hops: {hops}}}] ELSE {Tops(next, hops + 1, variable)} END] | {all} + {found})";
    }

    /// <summary>
    /// <see cref="EvidenceExpression"/>'s answer as the rows of
    /// <see cref="Evidence"/>, in its order (first reported, then id); a claim no counted report carries is not known yet.
    /// </summary>
    public static List<(FactEvidenceRow Row, JsonElement Item)> Read(JsonElement fetched) =>
        [.. (fetched.ValueKind == JsonValueKind.Array ? fetched.EnumerateArray() : default)
            .Select(item => (Item: item, Reports: item.GetProperty("reports").EnumerateArray().ToList()))
            .Where(x => x.Reports.Count > 0)
            .Select(x => (Row: new FactEvidenceRow(
                NodeRecord.From(x.Item.GetProperty("claim")),
                x.Reports.Select(r => r.GetProperty("on").GetString()!).Min(StringComparer.Ordinal)!,
                [.. x.Reports.SelectMany(r => r.GetProperty("origins").EnumerateArray()).Select(o => o.GetString()!).Distinct(StringComparer.Ordinal)]), x.Item))
            .OrderBy(x => x.Row.FirstReportedOn, StringComparer.Ordinal)
            .ThenBy(x => x.Row.Claim.Id, StringComparer.Ordinal)];
}
