using Graph.Knowledge.Model;

namespace Graph.Api.History;

/// <summary>
/// What counts as known on <c>$asOf</c> (null: everything), as Cypher conditions on a bound variable:
/// an article published by the end of that day, and what such articles carry.
/// </summary>
public static class AsOfCypher
{
    /// <summary>A claim some report in an article published by then carries.</summary>
    /// <param name="asOf">the parameter holding the day (a compiled statement names its own, <c>$_p0</c>).</param>
    public static string Claim(string c, string asOf = "$asOf") =>
        $"({asOf} IS NULL OR size([({c})<-[:{RelationshipTypes.Reports}]-(:Report)-[:{RelationshipTypes.In}]->(known:Article) WHERE known.publishedOn <= {asOf} | known]) > 0)";

    /// <summary>
    /// A thing an article published by then mentions: a claim about it, a report it originated or
    /// relayed, or as the article's publisher, author, editor, citation or declaration.
    /// </summary>
    public static string Thing(string e) =>
        $"($asOf IS NULL OR size([({e})<-[:{RelationshipTypes.About}]-(:Claim)<-[:{RelationshipTypes.Reports}]-(:Report)-[:{RelationshipTypes.In}]->(known:Article) WHERE known.publishedOn <= $asOf | known]) > 0"
        + $" OR size([({e})<-[:{RelationshipTypes.OriginatedBy}|{RelationshipTypes.RelayedBy}]-(:Report)-[:{RelationshipTypes.In}]->(known:Article) WHERE known.publishedOn <= $asOf | known]) > 0"
        + $" OR size([({e})--(known:Article) WHERE known.publishedOn <= $asOf | known]) > 0)";

    /// <summary>Any node: an article by its day, a report by its article's, a claim and a thing as above.</summary>
    public static string Node(string n) =>
        $"($asOf IS NULL OR ({n}:{Labels.Article} AND {n}.publishedOn <= $asOf)"
        + $" OR ({n}:{Labels.Report} AND size([({n})-[:{RelationshipTypes.In}]->(known:Article) WHERE known.publishedOn <= $asOf | known]) > 0)"
        + $" OR ({n}:{Labels.Claim} AND {Claim(n)}) OR ({n}:{Labels.Entity} AND {Thing(n)}))";

    /// <summary>
    /// The date a thing is sorted and filtered by, from the claims that date it (an event: any claim about it
    /// with a time; a treaty: its <c>signed</c> claims; a deployment: its <c>start</c> claims), asserted and,
    /// with <paramref name="asOf"/>, reported by <c>$asOf</c>: the most precise, the earliest of equally precise
    /// ones. That is the value the <c>date</c> fact settles on unless the fact is disputed (then the
    /// field may answer another of the dates or none). Null when no claim dates it, and for the kinds of
    /// thing no claim dates (a country, a person): their claims are not walked, as hubs have thousands.
    /// Without <paramref name="asOf"/> the claims' reports are not walked either: every claim has one (a claim
    /// no report carries is removed), so every claim counts.
    /// </summary>
    public static string KnownDate(string e, bool asOf = true) =>
        $"CASE WHEN {e}:{Labels.Event} OR {e}:{Labels.Treaty} OR {e}:{Labels.Deployment} THEN "
        + $"reduce(best = null, t IN [({e})<-[:{RelationshipTypes.About}]-(dated:Claim)"
        + (asOf ? $"<-[:{RelationshipTypes.Reports}]-(:Report)-[:{RelationshipTypes.In}]->(known:Article)" : string.Empty)
        + $" WHERE dated.time IS NOT NULL AND dated.stance = 'asserted'{(asOf ? " AND ($asOf IS NULL OR known.publishedOn <= $asOf)" : string.Empty)}"
        + $" AND ({e}:{Labels.Event} OR ({e}:{Labels.Treaty} AND dated.predicate = 'signed') OR ({e}:{Labels.Deployment} AND dated.predicate = 'start')) | dated.time]"
        + " | CASE WHEN best IS NULL OR size(t) > size(best) OR (size(t) = size(best) AND t < best) THEN t ELSE best END) END";
}
