using System.Text.Json;
using Graph.Api.Reading;

namespace Graph.Api.Claims;

/// <summary>
/// The order of a claim's reports, earliest first, as the loaders sort them (<c>ORDER BY a.publishedOn, a.published,
/// r.position, r.id</c>), written as one string per report in a compiled walk: <c>publishedOn published position id</c>,
/// a space between them, the publication time <c>~</c> when unknown and the position zero-padded to <see cref="PositionWidth"/>
/// digits. Compared by code unit, the strings sort as the four keys do: the space sorts before any character of a day, a
/// timestamp or a number, so a shorter key sorts first as in a list; <c>~</c> after them, as a missing value sorts last.
/// One string costs Neo4j 3.1 less than a literal list of the four values for every report (docs/benchmarks.md, Session 11).
/// </summary>
public static class ReportOrder
{
    /// <summary>Digits of the zero-padded position (the 1-based place of the claim in its article).</summary>
    public const int PositionWidth = 6;

    /// <summary>The key of report <paramref name="report"/> in article <paramref name="article"/>; null when the article has no day.</summary>
    public static string Key(string report, string article) =>
        $"{article}.publishedOn + ' ' + coalesce({article}.published, '~') + ' ' + "
        + $"right('{new string('0', PositionWidth - 1)}' + coalesce(toString({report}.position), '{new string('~', PositionWidth)}'), {PositionWidth}) + ' ' + {report}.id";

    /// <summary>Sorts keys of <see cref="Key"/> (or a day alone), earliest first, a missing one last.</summary>
    public static IComparer<string?> Comparer => CypherOrder.Text;

    /// <summary>The day a key of <see cref="Key"/> starts with (a key may also be the day alone); null when there is none.</summary>
    public static string? PublishedOn(JsonElement key) =>
        key.ValueKind == JsonValueKind.String && key.GetString() is { } text
            ? text.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? text[..space] : text
            : null;
}
