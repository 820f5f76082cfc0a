using Graph.Neo4j.Client;

namespace Graph.Neo4j.Schema;

/// <summary>
/// <c>Report.sortKey</c>: where a report stands among a claim's reports, earliest first, as one string the importer
/// stores, so that a read walking a claim's reports reads one property of each instead of four (the article's
/// <c>publishedOn</c> and <c>published</c>, the report's <c>position</c> and <c>id</c>) and joins them (docs/benchmarks.md,
/// Session 12). The string is <c>publishedOn published position id</c>, a space between the parts, <c>~</c> for a missing
/// publication time and the position zero-padded to <see cref="PositionWidth"/> digits: compared by code unit, the strings
/// sort as <c>ORDER BY a.publishedOn, a.published, r.position, r.id</c> sorts the four values (the space sorts before any
/// character of a day, a timestamp or a number, so a shorter part sorts first; <c>~</c> after them, as a missing value sorts last).
/// The importer sets it with <see cref="Of"/> on every import (an article's new date moves its reports);
/// <see cref="Backfill"/> fills it in on a graph imported before it existed. A read falls back on <see cref="Of"/> where it is missing.
/// </summary>
public static class ReportSortKey
{
    public const string Property = "sortKey";

    /// <summary>Digits of the zero-padded position (the 1-based place of the claim in its article).</summary>
    public const int PositionWidth = 6;

    /// <summary>The key of <paramref name="report"/> in <paramref name="article"/>, computed; null when the article has no day.</summary>
    public static string Of(string report, string article) =>
        $"{article}.publishedOn + ' ' + coalesce({article}.published, '~') + ' ' + "
        + $"right('{new string('0', PositionWidth - 1)}' + coalesce(toString({report}.position), '{new string('~', PositionWidth)}'), {PositionWidth}) + ' ' + {report}.id";

    /// <summary>Idempotent: only reports without a key are written.</summary>
    public static Cypher Backfill { get; } = new("Backfill:Report.sortKey", $"""
        MATCH (r:Report)-[:IN]->(a:Article)
        WHERE r.{Property} IS NULL
        SET r.{Property} = {Of("r", "a")}
        """) { Idempotent = true };
}
