namespace Graph.Api.Search;

public static class SearchCypher
{
    /// <summary>
    /// Matches the folded text against <c>searchKeys</c> (lower-cased, diacritic-free name and aliases without spaces and hyphens,
    /// written by the importer), the name and the id: exact before prefix before substring before all-words.
    /// Starts from the entity_search_text TEXT index with the longest of <c>$words</c>: every word is part
    /// of <c>$text</c> (the words without their spaces), so a thing that ranks at all has a key holding it.
    /// </summary>
    public const string Entities = """
        WITH coalesce(reduce(longest = head($words), w IN $words | CASE WHEN size(w) > size(longest) THEN w ELSE longest END), $text) AS anchor
        MATCH (e:Entity)
        WHERE e.searchText CONTAINS anchor
        WITH e
        WHERE size($kinds) = 0 OR any(l IN labels(e) WHERE l IN $kinds)
        WITH e, coalesce(e.searchKeys, []) + [toLower(e.name), replace(e.id, '-', '')] AS keys
        WITH e, CASE
            WHEN any(k IN keys WHERE k = $text) THEN 0
            WHEN any(k IN keys WHERE k STARTS WITH $text) THEN 1
            WHEN any(k IN keys WHERE k CONTAINS $text) THEN 2
            WHEN size($words) > 1 AND all(w IN $words WHERE any(k IN keys WHERE k CONTAINS w)) THEN 3
            ELSE 9 END AS rank
        WHERE rank < 9
        WITH e, rank
        ORDER BY rank, size(e.name), e.name, e.id
        LIMIT $first
        RETURN e {.*, labels: labels(e)} AS node
        """;
}
