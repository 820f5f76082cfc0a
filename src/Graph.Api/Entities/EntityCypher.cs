using Graph.Api.Claims;
using Graph.Api.History;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Knowledge.Model;
using Graph.Neo4j.Client;

namespace Graph.Api.Entities;

/// <summary>The statements behind entity fields, each batched over a level of entities.</summary>
public static class EntityCypher
{
    /// <summary>Every tie between this thing and another, both ways; the navigation fields pick theirs from it.</summary>
    public static readonly BatchQuery<RelationRecord> Relations = new("EntityRelations", $$"""
        UNWIND $keys AS key
        MATCH (s:Entity {id: key})-[rel]-(t:Entity)
        WITH key, s, rel, t
        ORDER BY coalesce(rel.on, rel.since, {{AsOfCypher.KnownDate("t", asOf: false)}}, ''), t.name, t.id
        RETURN key, type(rel) AS type, startNode(rel) = s AS outgoing, properties(rel) AS properties, t {.*, labels: labels(t)} AS node
        """, ReadRelation);

    private static readonly string OrderedClaims = $$"""
        WITH key, c
        WHERE {{AsOfCypher.Claim("c")}}
        OPTIONAL MATCH (c)<-[:{{RelationshipTypes.Reports}}]-(r:Report)-[:{{RelationshipTypes.In}}]->(a:Article)
        WITH key, c, min(a.publishedOn) AS firstReported, min(r.position) AS position
        ORDER BY key, firstReported, position, c.id
        WITH key, collect(c)[0..100] AS claims
        UNWIND claims AS c
        RETURN key, c {.*, labels: labels(c)} AS node
        """;

    /// <summary>Claims about the thing and, unless it is an event, about the treaties, deployments and events tied to it (the same rule as <c>claims(involving:)</c>).</summary>
    public static readonly BatchQuery<NodeRecord> Claims = new("EntityClaims", $$"""
        UNWIND $keys AS key
        MATCH (x:Entity {id: key})
        {{ClaimCypher.Involving("key, ")}}
        {{OrderedClaims}}
        """, ClaimCypher.ReadNode);

    /// <summary>Claims this thing originated (asserted), whoever relayed them.</summary>
    public static readonly BatchQuery<NodeRecord> Statements = new("EntityStatements", $$"""
        UNWIND $keys AS key
        MATCH (:Entity {id: key})<-[:{{RelationshipTypes.OriginatedBy}}]-(:Report)-[:{{RelationshipTypes.Reports}}]->(c:Claim)
        WITH DISTINCT key, c
        {{OrderedClaims}}
        """, ClaimCypher.ReadNode);

    /// <summary>Every claim about a deployment that carries a figure: all the estimates of its size, side by side.</summary>
    public static readonly BatchQuery<NodeRecord> SizeClaims = new("DeploymentSizeClaims", $$"""
        UNWIND $keys AS key
        MATCH (:Deployment {id: key})<-[:{{RelationshipTypes.About}}]-(c:Claim)
        WHERE c.quantityValue IS NOT NULL OR c.quantityLow IS NOT NULL OR c.quantityHigh IS NOT NULL
        WITH DISTINCT key, c
        {{OrderedClaims}}
        """, ClaimCypher.ReadNode);

    private static RelationRecord ReadRelation(CypherRow row) =>
        new(row.GetString("type"), row.GetBoolean("outgoing"), NodeRecord.From(row["node"]), row["properties"]);
}
