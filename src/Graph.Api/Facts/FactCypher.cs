using Graph.Api.Claims;
using Graph.Api.Loading;
using Graph.Api.Nodes;
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
    public static readonly BatchQuery<FactEvidenceRow> Evidence = new("FactEvidence", $$"""
        UNWIND $keys AS key
        MATCH (:Entity {id: key})<-[:{{RelationshipTypes.About}}]-(c:Claim)<-[:{{RelationshipTypes.Reports}}]-(r:Report)-[:{{RelationshipTypes.In}}]->(a:Article)
        WHERE $asOf IS NULL OR a.publishedOn <= $asOf
        OPTIONAL MATCH (r)-[:{{RelationshipTypes.OriginatedBy}}]->(o:Entity)
        WITH key, c, a, o
        {{ClaimCypher.TopLevelOrigins("key, c, a")}}
        WITH key, c, min(a.publishedOn) AS firstReported, collect(DISTINCT origin.id) AS origins
        ORDER BY firstReported, c.id
        RETURN key, c {.*, labels: labels(c), about: [(c)-[:{{RelationshipTypes.About}}]->(x:Entity) | {id: x.id, kind: x.kind}]} AS node, firstReported, origins
        """, row => new FactEvidenceRow(NodeRecord.From(row["node"]), row.GetString("firstReported"), row.GetStrings("origins")));
}
