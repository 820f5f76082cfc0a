using System.Text.Json;
using Graph.Api.Reading;
using Graph.Neo4j.Schema;

namespace Graph.Api.Claims;

/// <summary>
/// The order of a claim's reports, earliest first, as the loaders sort them (<c>ORDER BY a.publishedOn, a.published,
/// r.position, r.id</c>), as one string per report in a compiled walk: the report's stored <see cref="ReportSortKey"/>
/// (<c>publishedOn published position id</c>), or the same string computed where a report has none. Compared by code unit,
/// the strings sort as the four keys do. One stored string costs Neo4j 3.1 less than computing it for every report, which
/// cost less than a literal list of the four values (docs/benchmarks.md, Sessions 11 and 12).
/// </summary>
public static class ReportOrder
{
    /// <summary>The key of report <paramref name="report"/> in article <paramref name="article"/>; null when the article has no day.</summary>
    /// <remarks>coalesce evaluates its second argument only where the first is null (the same db hits with it as without).</remarks>
    public static string Key(string report, string article) =>
        $"coalesce({report}.{ReportSortKey.Property}, {ReportSortKey.Of(report, article)})";

    /// <summary>Sorts keys of <see cref="Key"/> (or a day alone), earliest first, a missing one last.</summary>
    public static IComparer<string?> Comparer => CypherOrder.Text;

    /// <summary>The day a key of <see cref="Key"/> starts with (a key may also be the day alone); null when there is none.</summary>
    public static string? PublishedOn(JsonElement key) =>
        key.ValueKind == JsonValueKind.String && key.GetString() is { } text
            ? text.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? text[..space] : text
            : null;
}
