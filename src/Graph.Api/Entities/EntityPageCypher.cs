using Graph.Api.History;
using Graph.Api.Paging;

namespace Graph.Api.Entities;

/// <summary>A page of things: by kind, text in any name, and date range; one statement per order (the orders are a closed set).</summary>
public static class EntityPageCypher
{
    // A thing's date: an event's date, a deployment's start, a treaty's signing, from the claims that
    // state it as known on $asOf (AsOfCypher.KnownDate: dates are facts, never stored on the thing). Dates compare at the
    // thing's own precision, as the timeline does ("2024-06" is within from: 2024-06-19).
    // As of a day, a thing is known once an article published by then mentions it: a claim about it, a
    // report it originated or relayed, or the article's publisher, author, citation or declaration.
    private static readonly string Filter = $$"""
        MATCH (e:Entity)
        WHERE (size($kinds) = 0 OR any(l IN labels(e) WHERE l IN $kinds))
          AND ($text IS NULL OR any(k IN coalesce(e.searchKeys, []) + [toLower(e.name), replace(e.id, '-', '')] WHERE k CONTAINS $text))
          AND {{AsOfCypher.Thing("e")}}
        WITH e, {{AsOfCypher.KnownDate("e")}} AS date
        WHERE ($from IS NULL OR (date IS NOT NULL AND date >= substring(coalesce($from, ''), 0, size(date))))
          AND ($to IS NULL OR (date IS NOT NULL AND substring(date, 0, size(coalesce($to, ''))) <= $to))
        WITH e, date
        """;

    private static readonly string Result = PageCypher.Collect("e");

    public static readonly IReadOnlyDictionary<string, string> BySort = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [EntitySortType.ByName] = $"{Filter}\nORDER BY toLower(e.name), e.id\n{Result}",
        [EntitySortType.EarliestFirst] = $"{Filter}\nORDER BY date, toLower(e.name), e.id\n{Result}",
        [EntitySortType.LatestFirst] = $"{Filter}\nORDER BY coalesce(date, '') DESC, toLower(e.name), e.id\n{Result}",
    };
}
