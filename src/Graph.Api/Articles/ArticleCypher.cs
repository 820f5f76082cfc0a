using Graph.Api.Claims;
using Graph.Api.Entities;
using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Knowledge.Model;

namespace Graph.Api.Articles;

public static class ArticleCypher
{
    /// <summary>The article's publisher, authors, editors and cited sources in one statement; the fields pick theirs by type.</summary>
    public static readonly BatchQuery<RelationRecord> Links = new("ArticleLinks", $$"""
        UNWIND $keys AS key
        MATCH (:Article {id: key})-[rel:{{RelationshipTypes.PublishedBy}}|{{RelationshipTypes.WrittenBy}}|{{RelationshipTypes.EditedBy}}|{{RelationshipTypes.Cites}}]->(e:Entity)
        WITH key, rel, e
        ORDER BY e.name, e.id
        RETURN key, type(rel) AS type, true AS outgoing, properties(rel) AS properties, e {.*, labels: labels(e)} AS node
        """, row => new RelationRecord(row.GetString("type"), true, NodeRecord.From(row["node"]), row["properties"]));

    /// <summary>The claims the article reports, in the order it reports them.</summary>
    public static readonly BatchQuery<NodeRecord> Claims = new("ArticleClaims", $$"""
        UNWIND $keys AS key
        MATCH (:Article {id: key})<-[:{{RelationshipTypes.In}}]-(r:Report)-[:{{RelationshipTypes.Reports}}]->(c:Claim)
        WITH key, c, min(r.position) AS position
        ORDER BY key, position, c.id
        RETURN key, c {.*, labels: labels(c)} AS node
        """, ClaimCypher.ReadNode);
}
