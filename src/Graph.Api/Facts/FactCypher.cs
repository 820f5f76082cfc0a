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

    /// <summary>
    /// The evidence of the field's thing on the field's day (<see cref="EvidenceExpression"/>), fetched once
    /// for every fact field of the thing that reads it on that day (<see cref="ProjectionScope.Shared"/>):
    /// the field's own entry is the shared entry's key (<see cref="Fetched.Shared"/> reads it back).
    /// </summary>
    public static string EvidenceOf(ProjectionScope scope) =>
        scope.Shared($"evidence {scope.AsOf}", () => EvidenceExpression(scope.Parent, scope.AsOf, scope.Variable));

    /// <summary>
    /// <c>facts</c>: the shared evidence (<see cref="EvidenceOf"/>) and each claim about the thing as the
    /// selections below <c>supportedBy</c> and <c>contestedBy</c>, merged, show it (one map per claim, which
    /// both lists read), by id; <see cref="FactLoader.Shown"/> joins them.
    /// </summary>
    public static string FactsOf(ProjectionScope scope)
    {
        var claim = scope.Variable();
        return $"{{evidence: {EvidenceOf(scope)}, claims: {ShownClaims(scope.Parent, claim, scope.MergedMap(claim, ["supportedBy"], ["contestedBy"]))}}}";
    }

    /// <summary>
    /// Each claim about <paramref name="thing"/> as <c>{id, shown}</c>, <c>shown</c> being <paramref name="map"/>
    /// (compiled over <paramref name="claim"/>): what <see cref="FactLoader.Shown"/> reads.
    /// </summary>
    public static string ShownClaims(string thing, string claim, string map) =>
        $"[({thing})<-[:{RelationshipTypes.About}]-({claim}:Claim) | {{id: {claim}.id, shown: {map}}}]";

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
    /// <c>{claim, reports: [{on, origins}]}</c>, every report with the day its article was published (only
    /// those published by the day) and each originator with the top-level actors its ties reach
    /// (<see cref="Origin"/> picks one, by the rule of <see cref="FactEvidenceCypher.TopLevelOrigins"/>).
    /// <see cref="Read"/> turns it into <see cref="Evidence"/>'s rows.
    /// </summary>
    /// <remarks>
    /// The path to the tops is the variable-length pattern of <see cref="FactEvidenceCypher.TopLevelOrigins"/>,
    /// inside a pattern comprehension (as <c>Claim.independentOrigins</c> reads it); which top counts is decided
    /// in C#, as one row per originator with several tops would need an ORDER BY here. Neo4j 3.1.1 on Java 17
    /// runs it inside a list comprehension's body, where every compiled map is (<c>[x IN items | x {...}]</c>), and
    /// fails it (IncompatibleClassChangeError) when the outer comprehension stands alone in a RETURN, planned
    /// as RollUpApply: keep it in a list comprehension. FactProjectionTests checks this expression, placed as the
    /// compiled statements place it, answers what the batched statement does, for every thing of the seed.
    /// </remarks>
    public static string EvidenceExpression(string thing, string day, Func<string> variable)
    {
        var (claim, about, report, article, originator, path, top) = (variable(), variable(), variable(), variable(), variable(), variable(), variable());
        var tops = $"[{path} = ({originator})-[:{OriginTies}*1..{IndependentOrigins.MaxTies}]->({top}:{Labels.Entity}) WHERE NOT ({top})-[:{OriginTies}]->(:{Labels.Entity}) "
            + $"| [CASE WHEN {top}:{Labels.Country} THEN 0 ELSE 1 END, length({path}), {top}.id]]";
        return $"[({thing})<-[:{RelationshipTypes.About}]-({claim}:Claim) | {{claim: {claim} {{.*, labels: labels({claim}), about: [({claim})-[:{RelationshipTypes.About}]->({about}:Entity) | {{id: {about}.id, kind: {about}.kind}}]}}, "
            + $"reports: [({claim})<-[:{RelationshipTypes.Reports}]-({report}:Report)-[:{RelationshipTypes.In}]->({article}:Article) WHERE CASE WHEN {day} IS NULL THEN true ELSE {article}.publishedOn <= {day} END | "
            + $"{{on: {article}.publishedOn, origins: [({report})-[:{RelationshipTypes.OriginatedBy}]->({originator}:Entity) | {{id: {originator}.id, tops: {tops}}}]}}]}}]";
    }

    /// <summary>
    /// The id of the one actor an originator of <see cref="EvidenceExpression"/> counts as: of the tops its
    /// ties reach, a country first, then the nearest, then the smallest id (<see cref="IndependentOrigins.Preference"/>); itself when none.
    /// </summary>
    private static string Origin(JsonElement originator) =>
        IndependentOrigins.InPreference(originator.GetProperty("tops").EnumerateArray(), t => t[0].GetInt32() == 0, t => t[1].GetInt32(), t => t[2].GetString()!)
            .Select(t => t[2].GetString())
            .FirstOrDefault() ?? originator.GetProperty("id").GetString()!;

    /// <summary>
    /// <see cref="EvidenceExpression"/>'s answer as the rows of <see cref="Evidence"/>, in its order (first
    /// reported, then id), counting only the reports published by <paramref name="day"/> when given (the
    /// expression fetched for a later day, or for every day, answers for an earlier one); a claim no
    /// counted report carries is not known yet.
    /// </summary>
    public static List<FactEvidenceRow> Read(JsonElement fetched, string? day = null) =>
        [.. (fetched.ValueKind == JsonValueKind.Array ? fetched.EnumerateArray() : default)
            .Select(item => (Item: item, Reports: item.GetProperty("reports").EnumerateArray()
                .Where(r => day is null || string.CompareOrdinal(r.GetProperty("on").GetString(), day) <= 0).ToList()))
            .Where(x => x.Reports.Count > 0)
            .Select(x => new FactEvidenceRow(
                NodeRecord.From(x.Item.GetProperty("claim")),
                x.Reports.Select(r => r.GetProperty("on").GetString()!).Min(StringComparer.Ordinal)!,
                [.. x.Reports.SelectMany(r => r.GetProperty("origins").EnumerateArray()).Select(Origin).Distinct(StringComparer.Ordinal)]))
            .OrderBy(row => row.FirstReportedOn, StringComparer.Ordinal)
            .ThenBy(row => row.Claim.Id, StringComparer.Ordinal)];
}
