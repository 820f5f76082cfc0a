using System.Globalization;
using System.Text;

namespace Graph.Bench.Reporting;

/// <summary>The figures as Markdown tables (for docs/benchmarks.md), issue 12's targets as PASS/FAIL lines, and p95 against graph size as an SVG plot.</summary>
public static class BenchReport
{
    public const double MaxP50Ratio = 1.3;
    public const double MaxP95Growth = 1.5;
    public const double MinImportToRaw = 0.8;

    public static string Markdown(IReadOnlyList<SizeResult> sizes)
    {
        var text = new StringBuilder();
        text.AppendLine("### Import against a raw `UNWIND ... MERGE` load of the same graph (batches of 2,000)")
            .AppendLine()
            .AppendLine("| claims | reports | articles | nodes | relationships | raw s | raw nodes/s | raw rels/s | raw requests | import s | import nodes/s | import rels/s | import requests | import/raw throughput |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in sizes)
        {
            var import = s.Import is { } i
                ? Invariant($"{i.Seconds:F1} | {i.NodesPerSecond:N0} | {i.RelationshipsPerSecond:N0} | {i.Requests:N0} | {s.ImportToRaw:F2}")
                : "not run (raw load only) | | | | ";
            text.AppendLine(Invariant($"| {s.Claims:N0} | {s.Reports:N0} | {s.Articles:N0} | {s.Raw.Nodes:N0} | {s.Raw.Relationships:N0} | {s.Raw.Seconds:F1} | {s.Raw.NodesPerSecond:N0} | {s.Raw.RelationshipsPerSecond:N0} | {s.Raw.Requests:N0} | {import} |"));
        }

        foreach (var s in sizes)
        {
            text.AppendLine()
                .AppendLine(Invariant($"### Questions at {s.Claims:N0} synthetic claims ({s.Rounds} interleaved rounds, milliseconds; graph {(s.Import is null ? "loaded raw" : "imported")})"))
                .AppendLine()
                .Append(QuestionTable(s.Questions, Invariant($" at {s.Claims:N0}")));

            if (s.RawAnswersDiffer.Count > 0)
            {
                text.AppendLine().AppendLine(Invariant($"- the raw-loaded graph answered {string.Join(", ", s.RawAnswersDiffer)} otherwise than the imported graph"));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// One row per question (the p50s, p95s, their ratios, the relay's p50 and its ratio, and the Neo4j requests), then the
    /// questions that failed. A relay column is "-" where the relay was not timed (results written before it was).
    /// </summary>
    public static string QuestionTable(IReadOnlyList<QuestionResult> questions, string where = "")
    {
        var text = new StringBuilder()
            .AppendLine("| question | GraphQL p50 | Cypher p50 | ratio p50 | GraphQL p95 | Cypher p95 | ratio p95 | Cypher through the relay p50 | relay/Cypher p50 (floor) | Neo4j requests per GraphQL operation | answers equal | answer size (values) |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        foreach (var q in questions)
        {
            var cypher = q.AnswersEqual ? Invariant($"{q.CypherP50:F1} | {q.RatioP50:F2} | {q.GraphQLP95:F1} | {q.CypherP95:F1} | {q.RatioP95:F2}") : Invariant($"- | - | {q.GraphQLP95:F1} | - | -");
            var relay = q.AnswersEqual && !double.IsNaN(q.RelayP50) ? Invariant($"{q.RelayP50:F1} | {q.RelayRatioP50:F2}") : "- | -";
            text.AppendLine(Invariant($"| {q.Name} | {q.GraphQLP50:F1} | {cypher} | {relay} | {q.Neo4jRequests?.ToString(CultureInfo.InvariantCulture) ?? "?"} | {(q.AnswersEqual ? "yes" : "**NO**")} | {q.AnswerSize:N0} |"));
        }

        foreach (var q in questions.Where(q => q.Problem is not null))
        {
            text.AppendLine().AppendLine(Invariant($"- FAIL {q.Name}{where}: {q.Problem}"));
        }

        return text.ToString();
    }

    /// <summary>Issue 12's targets, one PASS/FAIL/NOT MEASURED line each (and one per question).</summary>
    public static string Targets(IReadOnlyList<SizeResult> sizes)
    {
        var text = new StringBuilder("### Targets (issue 12 item 5)\n\n");
        var at1e3 = sizes.FirstOrDefault(s => s.Claims == 1_000);
        var at1e4 = sizes.FirstOrDefault(s => s.Claims == 10_000);
        var at1e5 = sizes.FirstOrDefault(s => s.Claims == 100_000);

        var p50 = at1e4?.Questions.Select(q => (q.Name, Pass: (bool?)(q.AnswersEqual && q.RatioP50 <= MaxP50Ratio),
            Detail: !q.AnswersEqual ? "no valid baseline (answers differ)"
                : double.IsNaN(q.RelayP50) ? Invariant($"{q.RatioP50:F2}")
                : Invariant($"{q.RatioP50:F2} (through a bare HTTP relay: {q.RelayRatioP50:F2})"))).ToList();
        Line(text, Invariant($"GraphQL/Cypher p50 <= {MaxP50Ratio} for every question at 10,000 claims"), p50);

        var growth = at1e3 is null || at1e5 is null ? null : at1e3.Questions.Join(at1e5.Questions, q => q.Name, q => q.Name, (small, large) => (small, large))
            .Select(p => p.large.AnswerSize > p.small.AnswerSize
                ? (p.small.Name, Pass: (bool?)null, Detail: Invariant($"not applicable: the answer grows ({p.small.AnswerSize:N0} -> {p.large.AnswerSize:N0} values)"))
                : (p.small.Name, Pass: p.large.GraphQLP95 <= MaxP95Growth * p.small.GraphQLP95,
                   Detail: Invariant($"{p.large.GraphQLP95 / p.small.GraphQLP95:F2}x ({p.small.GraphQLP95:F1} -> {p.large.GraphQLP95:F1} ms)")))
            .ToList();
        Line(text, Invariant($"GraphQL p95 at 100,000 claims within {MaxP95Growth}x of p95 at 1,000, for every question whose answer does not grow"), growth);
        if (growth is not null)
        {
            text.AppendLine(at1e3!.TimedTogether is not null && at1e3.TimedTogether == at1e5!.TimedTogether
                ? "  (both sizes timed in the same rounds)"
                : "  (the two sizes timed in separate runs: the machine's drift between them is in these figures; " +
                  "`bench.sh time --loaded a.json,b.json --at URI,URI` times them in the same rounds)");
        }

        var importLine = Invariant($"import at 10,000 claims >= {MinImportToRaw}x the raw load's throughput");
        text.AppendLine(at1e4?.ImportToRaw is { } ratio
            ? Invariant($"{(ratio >= MinImportToRaw ? "PASS" : "FAIL")} {importLine}: {ratio:F2}x ({at1e4.Import!.PerSecond:N0} against {at1e4.Raw.PerSecond:N0} nodes+relationships/s)")
            : $"NOT MEASURED {importLine}");
        return text.ToString();
    }

    private static void Line(StringBuilder text, string target, IReadOnlyList<(string Name, bool? Pass, string Detail)>? results)
    {
        if (results is null)
        {
            text.AppendLine($"NOT MEASURED {target}: a size it needs was not run");
            return;
        }

        var applicable = results.Where(r => r.Pass is not null).ToList();
        text.AppendLine(Invariant($"{(applicable.All(r => r.Pass == true) ? "PASS" : "FAIL")} {target}: {applicable.Count(r => r.Pass == true)} of {applicable.Count} questions"));
        foreach (var (name, pass, detail) in results)
        {
            text.AppendLine($"  {(pass is null ? "n/a " : pass.Value ? "PASS" : "FAIL")} {name}: {detail}");
        }
    }

    /// <summary>p95 (log scale) against claims (log scale): one colour per question, GraphQL solid, hand-written Cypher dashed.</summary>
    public static string Svg(IReadOnlyList<SizeResult> sizes)
    {
        const double width = 960, height = 560, left = 70, right = 290, top = 40, bottom = 60;
        var names = sizes.SelectMany(s => s.Questions.Select(q => q.Name)).Distinct().ToList();
        var values = sizes.SelectMany(s => s.Questions.SelectMany(q => new[] { q.GraphQLP95, q.CypherP95 })).Where(v => v > 0 && !double.IsNaN(v)).ToList();
        var (minY, maxY) = (Math.Pow(10, Math.Floor(Math.Log10(values.DefaultIfEmpty(1).Min()))), Math.Pow(10, Math.Ceiling(Math.Log10(values.DefaultIfEmpty(10).Max()))));
        if (maxY <= minY)
        {
            maxY = minY * 10;
        }

        var (minX, maxX) = (Math.Log10(sizes.Min(s => s.Claims)), Math.Log10(sizes.Max(s => s.Claims)));
        double X(int claims) => maxX == minX ? left + ((width - left - right) / 2) : left + ((Math.Log10(claims) - minX) / (maxX - minX) * (width - left - right));
        double Y(double ms) => top + ((Math.Log10(maxY) - Math.Log10(ms)) / (Math.Log10(maxY) - Math.Log10(minY)) * (height - top - bottom));
        string[] colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939"];

        var svg = new StringBuilder();
        svg.AppendLine(Invariant($"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">"""))
            .AppendLine(Invariant($"""<rect width="{width}" height="{height}" fill="white"/>"""))
            .AppendLine(Invariant($"""<text x="{left}" y="22" font-size="14">p95 per IDE question against graph size (solid, filled dot: GraphQL through the API; dashed, open dot: hand-written Cypher)</text>"""));
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
                    .Select(p => (X: X(p.Claims), Y: Y(p.Value))).ToList();
                if (points.Count > 0)
                {
                    svg.AppendLine(Invariant($"""<polyline points="{string.Join(' ', points.Select(p => Invariant($"{p.X:F1},{p.Y:F1}")))}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>"""));
                    foreach (var (x, y) in points)
                    {
                        svg.AppendLine(Invariant($"""<circle cx="{x:F1}" cy="{y:F1}" r="3.5" fill="{fill}" stroke="{colour}" stroke-width="1.5"/>"""));
                    }
                }
            }

            svg.AppendLine(Invariant($"""<line x1="{width - right + 20}" x2="{width - right + 45}" y1="{top + 10 + (i * 20)}" y2="{top + 10 + (i * 20)}" stroke="{colour}" stroke-width="2"/><text x="{width - right + 52}" y="{top + 14 + (i * 20)}">{name}</text>"""));
        }

        return svg.AppendLine("</svg>").ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
