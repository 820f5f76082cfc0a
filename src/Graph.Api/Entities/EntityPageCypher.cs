using Graph.Api.History;
using Graph.Api.Paging;

namespace Graph.Api.Entities;

/// <summary>A page of things: by kind, text in any name, and date range; one statement per start and order (both closed sets).</summary>
public static class EntityPageCypher
{
    // A thing's date: an event's date, a deployment's start, a treaty's signing, from the claims that
    // state it as known on $asOf (AsOfCypher.KnownDate: dates are facts, never stored on the thing). Dates compare at the
    // thing's own precision, as the timeline does ("2024-06" is within from: 2024-06-19).
    // As of a day, a thing is known once an article published by then mentions it: a claim about it, a
    // report it originated or relayed, or the article's publisher, author, citation or declaration.
    // Without a day the as-of test is left out (dated: false), not only short-circuited by $asOf IS NULL:
    // Neo4j 3.1 plans a WHERE's pattern expressions as RollUpApply, walked for every thing before the test;
    // and a date is read from the claims alone, not from each of their reports and its article.
    private static string Filter(bool dated) => $$"""
        WHERE (size($kinds) = 0 OR any(l IN labels(e) WHERE l IN $kinds))
          AND ($text IS NULL OR any(k IN coalesce(e.searchKeys, []) + [toLower(e.name), replace(e.id, '-', '')] WHERE k CONTAINS $text))
          AND {{(dated ? AsOfCypher.Thing("e") : "true")}}
        WITH e, {{AsOfCypher.KnownDate("e", asOf: dated)}} AS date
        WHERE ($from IS NULL OR (date IS NOT NULL AND date >= substring(coalesce($from, ''), 0, size(date))))
          AND ($to IS NULL OR (date IS NOT NULL AND substring(date, 0, size(coalesce($to, ''))) <= $to))
        WITH e, date
        """;

    private static readonly string Result = PageCypher.Collect("e");

    // Where a page starts: each an index lookup; the filter above keeps every condition given, the start's own too.
    private static readonly Dictionary<string, string> Starts = new(StringComparer.Ordinal)
    {
        // The entity_search_text TEXT index: the keys the text filter matches, joined (SearchProperties.EntitySearchText).
        ["text"] = """
            MATCH (e:Entity)
            WHERE e.searchText CONTAINS $text
            WITH e
            """,
        // The entity_kind index, once per kind asked for (a thing has one kind, so none comes twice).
        ["kinds"] = """
            UNWIND $kinds AS kind
            MATCH (e:Entity)
            WHERE e.kind = kind
            WITH e
            """,
        // A range seek on the Entity id constraint's index: every id is at least ''.
        ["all"] = """
            MATCH (e:Entity)
            WHERE e.id >= ''
            WITH e
            """,
    };

    private static readonly Dictionary<string, string> Orders = new(StringComparer.Ordinal)
    {
        [EntitySortType.ByName] = "ORDER BY toLower(e.name), e.id",
        [EntitySortType.EarliestFirst] = "ORDER BY date, toLower(e.name), e.id",
        [EntitySortType.LatestFirst] = "ORDER BY coalesce(date, '') DESC, toLower(e.name), e.id",
    };

    // <start> + <filter> + <order> yields the ordered rows of one variable; a page statement collects them (PageCypher.Collect).
    private static readonly Dictionary<(string Start, string Sort, bool Dated), string> OrderedRows =
        Starts.SelectMany(start => Orders.SelectMany(order => new[] { false, true }.Select(dated =>
                KeyValuePair.Create((start.Key, order.Key, dated), string.Join('\n', start.Value, Filter(dated), order.Value)))))
            .ToDictionary();

    private static readonly Dictionary<(string Start, string Sort, bool Dated), string> Pages = OrderedRows.ToDictionary(p => p.Key, p => p.Value + "\n" + Result);

    /// <summary>
    /// The things the filters keep as rows of <c>e</c> in <paramref name="sort"/> order, starting from the text when given, else the kinds,
    /// else every thing by id; <paramref name="dated"/>: as of <c>$asOf</c> (given), else everything known.
    /// </summary>
    public static string Ordered(string sort, bool text, bool kinds, bool dated) => OrderedRows[Key(sort, text, kinds, dated)];

    /// <summary>A page statement: <see cref="Ordered"/> + <see cref="PageCypher.Collect"/>(<c>e</c>).</summary>
    public static string Page(string sort, bool text, bool kinds, bool dated) => Pages[Key(sort, text, kinds, dated)];

    private static (string, string, bool) Key(string sort, bool text, bool kinds, bool dated) => (text ? "text" : kinds ? "kinds" : "all", sort, dated);
}
