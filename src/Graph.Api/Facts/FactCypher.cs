using System.Text.Json;
using Graph.Api.Claims;
using Graph.Api.History;
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

    /// <summary>
    /// The key of each claim's map in the evidence under which its walk of reports gives, for each report known
    /// on the day, its originators and the tops their ties reach (<see cref="ClaimProjections.OriginatorsWithTops"/>):
    /// a <see cref="Fetched.Reference"/> (<see cref="Fetched.Parts"/>). It holds a space: it names the part, which never meets a selected field's.
    /// </summary>
    private const string OriginsKey = "evidence origins";

    /// <summary>
    /// The evidence of the field's thing on the field's day (<see cref="EvidenceExpression"/>'s answer), fetched once
    /// for every fact field of the thing that reads it on that day (<see cref="ProjectionScope.Shared"/>): the field's
    /// own entry is the shared entry's key (<see cref="Fetched.Shared"/> reads it back). When the thing's <c>facts</c>
    /// fields on that day are selected, each claim of the evidence is compiled as the selections below their
    /// <c>supportedBy</c> and <c>contestedBy</c> show it (<see cref="CompiledEvidence"/>).
    /// </summary>
    public static string EvidenceOf(ProjectionScope scope)
    {
        // A facts field with its own day has evidence of its own (a parameter of its own names it); on the node's day, every facts field shares it.
        var facts = scope.Argument(AsOf.Argument) is not null
            ? [scope.Field]
            : scope.Siblings.Where(f => f.Definition.Name == FactsField && scope.ArgumentOf(f, AsOf.Argument) is null).ToList();
        return scope.Shared($"evidence {scope.AsOf}", () => facts.Count == 0
            ? EvidenceExpression(scope.Parent, scope.AsOf, scope.Variable)
            : CompiledEvidence(scope, facts));
    }

    /// <summary>The field of a thing that lists its facts (<see cref="FactsOf"/>).</summary>
    public const string FactsField = "facts";

    /// <summary>
    /// <c>facts</c>: the shared evidence (<see cref="EvidenceOf"/>), whose claims are compiled as the field shows them:
    /// <see cref="FactLoader.Facts"/> settles it.
    /// </summary>
    public static string FactsOf(ProjectionScope scope) => $"{{evidence: {EvidenceOf(scope)}}}";

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
    /// <paramref name="thing"/> for the day in <paramref name="day"/> (a parameter): each claim about it as its
    /// node map, with the properties the rules read (<see cref="ClaimFields.Content"/>: not its key, names or
    /// statements, which only a shown claim reads), <c>about: [{id, kind}]</c> and, under <see cref="OriginsKey"/>, the part of its
    /// walk of reports (those in articles published by the day, each with its <c>order</c> starting with that day: <see cref="ReportOrder"/>) that
    /// gives each report's originators and the top-level actors their ties reach (<see cref="ClaimProjections.OriginatorsWithTops"/>;
    /// which top counts is decided in C#, by the rule of <see cref="FactEvidenceCypher.TopLevelOrigins"/>).
    /// <see cref="Read"/> turns it into <see cref="Evidence"/>'s rows. <see cref="CompiledEvidence"/> writes the
    /// same, with the claims' shown fields reading that walk too.
    /// </summary>
    /// <remarks>
    /// The path to the tops is the variable-length pattern of <see cref="FactEvidenceCypher.TopLevelOrigins"/>,
    /// inside a pattern comprehension (as <c>Claim.independentOrigins</c> reads it); one row per originator with
    /// several tops would need an ORDER BY here. Neo4j 3.1.1 on Java 17 runs it inside a list comprehension's body,
    /// where every compiled map is (<c>[x IN items | x {...}]</c>), and fails it (IncompatibleClassChangeError) when
    /// the outer comprehension stands alone in a RETURN, planned as RollUpApply: keep it in a list comprehension.
    /// FactProjectionTests checks this expression, placed as the compiled statements place it, answers what the
    /// batched statement does, for every thing of the seed.
    /// </remarks>
    public static string EvidenceExpression(string thing, string day, Func<string> variable)
    {
        var (claim, about, report, article) = (variable(), variable(), variable(), variable());
        var walk = $"reports {day}";
        var origins = ClaimProjections.OriginatorsWithTops(report, variable, node => $"{node} {{.id}}");
        return $"[({thing})<-[:{RelationshipTypes.About}]-({claim}:{Labels.Claim}) | {claim} {{{RuleReads}, labels: '{Labels.Claim}', about: {About(claim, about)}, "
            + $"`{OriginsKey}`: '{Fetched.Reference(walk, OriginsKey, [])}', {SelectionCompiler.FetchedKey}: {{`{walk}`: "
            + $"[({claim})<-[:{RelationshipTypes.Reports}]-({report}:{Labels.Report})-[:{RelationshipTypes.In}]->({article}:{Labels.Article}) WHERE CASE WHEN {day} IS NULL THEN true ELSE {article}.publishedOn <= {day} END "
            + $"| {{order: {article}.publishedOn, parts: {{`{OriginsKey}`: {origins}}}}}]}}}}]";
    }

    /// <summary>
    /// The properties of a claim the evidence fetches (<see cref="ClaimFields.Content"/> and the id): what the rules read of it,
    /// and a fact's <c>quantity</c> of the claim it settles on. The batched <see cref="Evidence"/> reads every property (<c>.*</c>):
    /// in Neo4j 3.1 each property is a db hit and every byte of the answer is written and parsed, and a claim's key, names,
    /// statement and its lower-case copy are most of a claim's map.
    /// </summary>
    private static readonly string RuleReads = string.Join(", ", ((IEnumerable<string>)["id", .. ClaimFields.Content]).Select(p => "." + p));

    /// <summary>
    /// <see cref="EvidenceExpression"/>'s answer, each claim compiled as the selections below the <c>supportedBy</c> and
    /// <c>contestedBy</c> of <paramref name="facts"/> (fields of the node, on the scope's day) show it, merged: the evidence's
    /// origins are a part of the walk of the claim's reports that its shown fields read (<c>reportedIn</c>,
    /// <c>independentOrigins</c>, ...), and the facts' claims are these maps (<see cref="FactLoader.Settle(NodeRecord, IReadOnlyList{FactEvidenceRow})"/>):
    /// a claim's reports, their originators and the tops are walked once for both.
    /// </summary>
    private static string CompiledEvidence(ProjectionScope scope, IReadOnlyList<FieldSelection> facts)
    {
        var claim = scope.Variable();
        var extras = new MapExtras(scope.Field.Definition, new Dictionary<string, Projection>(StringComparer.Ordinal)
        {
            ["about"] = s => About(s.Parent, s.Variable()),
            [OriginsKey] = s => s.Siblings.FirstOrDefault(OriginsField) is { } origins
                ? $"'{origins.Key}'"
                : ClaimProjections.Reports(s, (report, _) => ClaimProjections.OriginatorsWithTops(report, s.Variable, node => $"{node} {{.id}}")),
        }, ClaimFields.Content);
        return $"[({scope.Parent})<-[:{RelationshipTypes.About}]-({claim}:{Labels.Claim}) | {scope.MergedMap(claim, facts, [["supportedBy"], ["contestedBy"]], extras)}]";
    }

    /// <summary>
    /// A selected field of a shown claim whose part of the claim's walk of reports is what the evidence reads of them
    /// (<see cref="ClaimProjections.Origins"/>, every node with its id): the evidence names it rather than walk the
    /// originators and their tops again. Only where its response key names that field alone (else the compiler leaves it to its loader).
    /// </summary>
    private static bool OriginsField(FieldSelection field) =>
        field.Definition.Name is "independentOrigins" or "independentAsserters" && field.Nodes.All(n => n.Name.StringValue == field.Definition.Name);

    /// <summary>What a claim is about, as the rules read it: <c>[{id, kind}]</c>.</summary>
    private static string About(string claim, string about) =>
        $"[({claim})-[:{RelationshipTypes.About}]->({about}:{Labels.Entity}) | {{id: {about}.id, kind: {about}.kind}}]";

    /// <summary>
    /// The claim's reference to the part of its walk of reports that gives their originators: its own, or the
    /// entry of the shown field that reads them (<see cref="OriginsField"/>), by its response key.
    /// </summary>
    private static JsonElement Origins(NodeRecord claim) =>
        claim.Properties.GetProperty(OriginsKey) is var own && Fetched.IsReference(own.GetString()!)
            ? own
            : claim.Properties.GetProperty(SelectionCompiler.FetchedKey).GetProperty(own.GetString()!);

    /// <summary>
    /// <see cref="EvidenceExpression"/>'s answer as the rows of <see cref="Evidence"/>, in its order (first
    /// reported, then id), counting only the reports published by <paramref name="day"/> when given (the
    /// expression fetched for a later day, or for every day, answers for an earlier one); a claim no
    /// counted report carries is not known yet, and neither does a report whose article has no day (the batched statement's
    /// <c>publishedOn IS NOT NULL</c>, here in C#: one more property read per report in Cypher). Each row's claim is the claim's map as fetched.
    /// </summary>
    /// <remarks>Read for every thing whose facts an operation shows (ten events of a page): loops, not LINQ's buffers.</remarks>
    public static List<FactEvidenceRow> Read(JsonElement fetched, string? day = null)
    {
        if (fetched.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var rows = new List<FactEvidenceRow>(fetched.GetArrayLength());
        var origins = new List<string>();
        foreach (var map in fetched.EnumerateArray())
        {
            var claim = NodeRecord.From(map);
            string? first = null;
            origins.Clear();
            foreach (var (report, originators) in claim.Parts(Origins(claim)))
            {
                // An article without a day (being deleted while this read ran) counts for nothing, as the batched statement skips it.
                if (ReportOrder.PublishedOn(report.GetProperty("order")) is not { } on || (day is not null && string.CompareOrdinal(on, day) > 0))
                {
                    continue;
                }

                if (first is null || string.CompareOrdinal(on, first) < 0)
                {
                    first = on;
                }

                foreach (var originator in originators.EnumerateArray())
                {
                    var origin = TopLevelId(originator);
                    if (!origins.Contains(origin, StringComparer.Ordinal))
                    {
                        origins.Add(origin);
                    }
                }
            }

            // A claim no counted report carries is not known yet.
            if (first is not null)
            {
                rows.Add(new FactEvidenceRow(claim, first, [.. origins]));
            }
        }

        return [.. rows.OrderBy(row => row.FirstReportedOn, StringComparer.Ordinal).ThenBy(row => row.Claim.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The id of the one actor an originator counts as (<see cref="ClaimProjections.TopLevelOf"/>), read off the
    /// fetched ids alone: most originators reach one top or none, and need no ordering.
    /// </summary>
    private static string TopLevelId(JsonElement originator)
    {
        var tops = originator.GetProperty("tops");
        return tops.ValueKind != JsonValueKind.Array || tops.GetArrayLength() == 0 ? Id(originator.GetProperty("node"))
            : tops.GetArrayLength() == 1 ? Id(tops[0].GetProperty("node"))
            : ClaimProjections.TopLevelOf(originator).Id;

        static string Id(JsonElement node) => NodeRecord.From(node).Id;
    }
}
