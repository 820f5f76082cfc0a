using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Import;
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
}
