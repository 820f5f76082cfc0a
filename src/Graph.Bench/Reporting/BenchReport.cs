using System.Globalization;
using System.Text;

namespace Graph.Bench.Reporting;

/// <summary>The figures as Markdown tables (for docs/benchmarks.md) and p95 against graph size as an SVG plot.</summary>
public static class BenchReport
{
    public static string Markdown(IReadOnlyList<SizeResult> sizes)
    {
        var text = new StringBuilder();
        text.AppendLine("### Import against a raw `UNWIND ... MERGE` load (batches of 2,000)")
            .AppendLine()
            .AppendLine("| claims | reports | articles | nodes | relationships | raw load s | raw /s | raw requests | import s | import /s | import requests | import/raw throughput |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in sizes)
        {
            text.AppendLine(Invariant($"| {s.Claims:N0} | {s.Reports:N0} | {s.Articles:N0} | {s.Import.Nodes:N0} | {s.Import.Relationships:N0} | {s.Raw.Seconds:F1} | {s.Raw.PerSecond:N0} | {s.Raw.Requests:N0} | {s.Import.Seconds:F1} | {s.Import.PerSecond:N0} | {s.Import.Requests:N0} | {s.ImportToRaw:F2} |"));
        }

        foreach (var s in sizes)
        {
            text.AppendLine()
                .AppendLine(Invariant($"### Questions at {s.Claims:N0} synthetic claims ({s.Rounds} interleaved rounds, milliseconds)"))
                .AppendLine()
                .AppendLine("| question | GraphQL p50 | Cypher p50 | ratio p50 | GraphQL p95 | Cypher p95 | ratio p95 | Neo4j requests per GraphQL operation | items GraphQL / Cypher |")
                .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var q in s.Questions)
            {
                var items = q.GraphQLItems == q.CypherItems ? $"{q.GraphQLItems}" : $"{q.GraphQLItems} / {q.CypherItems} (differ)";
                text.AppendLine(Invariant($"| {q.Name} | {q.GraphQLP50:F1} | {q.CypherP50:F1} | {q.RatioP50:F2} | {q.GraphQLP95:F1} | {q.CypherP95:F1} | {q.RatioP95:F2} | {q.Neo4jRequestsPerOperation} | {items} |"));
                if (q.Error is { } error)
                {
                    text.AppendLine(Invariant($"| ↳ {q.Name}: {error.Replace('|', '/')} | | | | | | | | |"));
                }
            }
        }

        return text.ToString();
    }

    /// <summary>p95 (log scale) against claims (log scale): one colour per question, GraphQL solid, Cypher dashed.</summary>
    public static string Svg(IReadOnlyList<SizeResult> sizes)
    {
        const double width = 900, height = 520, left = 70, right = 250, top = 40, bottom = 60;
        var names = sizes.SelectMany(s => s.Questions.Select(q => q.Name)).Distinct().ToList();
        var values = sizes.SelectMany(s => s.Questions.SelectMany(q => new[] { q.GraphQLP95, q.CypherP95 })).Where(v => v > 0 && !double.IsNaN(v)).ToList();
        var (minY, maxY) = (Math.Pow(10, Math.Floor(Math.Log10(values.DefaultIfEmpty(1).Min()))), Math.Pow(10, Math.Ceiling(Math.Log10(values.DefaultIfEmpty(10).Max()))));
        var (minX, maxX) = (Math.Log10(sizes.Min(s => s.Claims)), Math.Log10(sizes.Max(s => s.Claims)));
        double X(int claims) => maxX == minX ? left + ((width - left - right) / 2) : left + ((Math.Log10(claims) - minX) / (maxX - minX) * (width - left - right));
        double Y(double ms) => top + ((Math.Log10(maxY) - Math.Log10(ms)) / (Math.Log10(maxY) - Math.Log10(minY)) * (height - top - bottom));
        string[] colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

        var svg = new StringBuilder();
        svg.AppendLine(Invariant($"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">"""))
            .AppendLine(Invariant($"""<rect width="{width}" height="{height}" fill="white"/>"""))
            .AppendLine(Invariant($"""<text x="{left}" y="22" font-size="15">p95 per IDE question against graph size (solid line, filled dot: GraphQL via the API; dashed, open dot: hand-written Cypher)</text>"""));
        for (var decade = minY; decade <= maxY * 1.0001; decade *= 10)
        {
            svg.AppendLine(Invariant($"""<line x1="{left}" x2="{width - right}" y1="{Y(decade):F1}" y2="{Y(decade):F1}" stroke="#ddd"/><text x="{left - 8}" y="{Y(decade) + 4:F1}" text-anchor="end">{decade:G} ms</text>"""));
        }

        foreach (var s in sizes)
        {
            svg.AppendLine(Invariant($"""<line x1="{X(s.Claims):F1}" x2="{X(s.Claims):F1}" y1="{top}" y2="{height - bottom}" stroke="#ddd"/><text x="{X(s.Claims):F1}" y="{height - bottom + 18}" text-anchor="middle">{s.Claims:N0}</text>"""));
        }

        svg.AppendLine(Invariant($"""<text x="{(left + width - right) / 2}" y="{height - 15}" text-anchor="middle">synthetic claims (log scale)</text>"""));
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            var colour = colours[i % colours.Length];
            foreach (var (pick, dash, fill) in new (Func<QuestionResult, double>, string, string)[] { (q => q.GraphQLP95, "", colour), (q => q.CypherP95, " stroke-dasharray=\"6 4\"", "white") })
            {
                var points = sizes.Select(s => (s.Claims, Value: s.Questions.FirstOrDefault(q => q.Name == name) is { } q ? pick(q) : double.NaN))
                    .Where(p => p.Value > 0 && !double.IsNaN(p.Value))
                    .Select(p => Invariant($"{X(p.Claims):F1},{Y(p.Value):F1}")).ToList();
                if (points.Count > 0)
                {
                    svg.AppendLine(Invariant($"""<polyline points="{string.Join(' ', points)}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>"""));
                    foreach (var point in points)
                    {
                        var xy = point.Split(',');
                        svg.AppendLine(Invariant($"""<circle cx="{xy[0]}" cy="{xy[1]}" r="3.5" fill="{fill}" stroke="{colour}" stroke-width="1.5"/>"""));
                    }
                }
            }

            svg.AppendLine(Invariant($"""<line x1="{width - right + 20}" x2="{width - right + 45}" y1="{top + 10 + (i * 20)}" y2="{top + 10 + (i * 20)}" stroke="{colour}" stroke-width="2"/><text x="{width - right + 52}" y="{top + 14 + (i * 20)}">{name}</text>"""));
        }

        return svg.AppendLine("</svg>").ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
