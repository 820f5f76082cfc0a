using Graph.Api.Reading;
using Xunit;

namespace Graph.Api.Tests.Reading;

/// <summary>
/// An entry several fields of a node share is compiled once, by the first field that names it. A walk several fields of one node share (a claim's reports) walks each thing once: a part that another part of the
/// same item already fetches (a claim's <c>attributedTo</c> is its reports' <c>originatedBy</c>, its <c>quote</c> their
/// <c>quote</c>) is left out of the walk and its field's entry names where it is instead. What is not the same, or not
/// the field's plain entry, is still walked.
/// </summary>
public sealed class SharedEntriesTests
{
    private const string Key = "reports $_p0";
    private const string Originators = "[(_v0)-[:ORIGINATED_BY]->(_v2:Entity) | _v2 {.id, .name, labels: labels(_v2)}]";
    private const string ReportOriginators = "[(_v0)-[:ORIGINATED_BY]->(_v6:Entity) | _v6 {.id, .name, labels: labels(_v6)}]";
    private const string ReportMap = $"_v0 {{.id, .quote, labels: 'Report', _fetched: {{`originatedBy`: {ReportOriginators}}}}}";

    private static readonly Dictionary<string, MapShape> Maps = new(StringComparer.Ordinal)
    {
        [ReportMap] = new MapShape("_v0", ["id", "quote"], new Dictionary<string, string> { ["originatedBy"] = ReportOriginators }),
    };

    [Fact]
    public void A_shared_entry_is_compiled_by_the_first_field_that_names_it_only()
    {
        // A thing's fact evidence, with the claims its facts show, is read by its signedOn, inForceOn, ratifications and facts.
        var shared = new SharedEntries();
        var compiled = 0;
        string Evidence() => $"evidence {++compiled}";

        shared.Add("evidence $p0", Evidence);
        shared.Add("evidence $p0", Evidence);
        shared.Add("evidence $p1", Evidence);

        Assert.Equal(2, compiled);
        Assert.Equal(["evidence $p0=evidence 1", "evidence $p1=evidence 2"],
            shared.Compiled(_ => null, (expression, _) => expression, new Dictionary<string, string>()).Select(e => $"{e.Key}={e.Value}"));
    }

    [Fact]
    public void A_part_another_part_fetches_is_read_from_there()
    {
        var (entries, compiled) = Compile(("quote", "_v0.quote"), ("attributedTo", Originators), ("reports", ReportMap));

        Assert.Equal("'reports $_p0|reports|quote'", entries["quote"]);
        Assert.Equal("'reports $_p0|reports|_fetched/originatedBy'", entries["attributedTo"]);
        Assert.Equal("'reports $_p0|reports'", entries["reports"]);
        Assert.Equal($"[walk | {{`reports`: {ReportMap}}}]", compiled);
    }

    [Fact]
    public void A_part_that_differs_or_that_its_field_wraps_is_walked()
    {
        // Another selection of the originators (no name), a property the report map does not fetch, and a field whose
        // entry is an expression around its reference (its value is not the part alone).
        var narrower = "[(_v0)-[:ORIGINATED_BY]->(_v2:Entity) | _v2 {.id, labels: labels(_v2)}]";
        var (entries, compiled) = Compile([("attributedTo", narrower), ("how", "_v0.how"), ("quote", "_v0.quote"), ("reports", ReportMap)], wrap: "quote");

        Assert.Equal("'reports $_p0|attributedTo'", entries["attributedTo"]);
        Assert.Equal("'reports $_p0|how'", entries["how"]);
        Assert.StartsWith("size(", entries["quote"], StringComparison.Ordinal);
        Assert.Equal($"[walk | {{`attributedTo`: {narrower}, `how`: _v0.how, `quote`: _v0.quote, `reports`: {ReportMap}}}]", compiled);
    }

    [Fact]
    public void Expressions_compare_with_their_own_variables_renamed_and_the_walks_kept()
    {
        string[] walk = ["_v0", "_v1"];

        Assert.Equal(SelectionCompiler.Canonical(Originators, walk, "_"), SelectionCompiler.Canonical(ReportOriginators, walk, "_"));
        Assert.NotEqual(SelectionCompiler.Canonical(Originators, walk, "_"), SelectionCompiler.Canonical(Originators.Replace("(_v0)", "(_v1)", StringComparison.Ordinal), walk, "_"));
        Assert.Equal("[(_v0)-->(#0) | #0 {`_v7`: #0.x, y: $_v1x}]", SelectionCompiler.Canonical("[(_v0)-->(_v3) | _v3 {`_v7`: _v3.x, y: $_v1x}]", walk, "_"));
    }

    private static (Dictionary<string, string> Entries, string Walk) Compile(params (string Field, string Part)[] parts) => Compile(parts, wrap: null);

    /// <summary>The walk's parts added in order (each a field of the node), compiled; <paramref name="wrap"/> names a field whose entry wraps its reference.</summary>
    private static (Dictionary<string, string> Entries, string Walk) Compile((string Field, string Part)[] parts, string? wrap)
    {
        var shared = new SharedEntries();
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, part) in parts)
        {
            var reference = shared.AddPart(Key, () => ["_v0", "_v1"], (_, items) => $"[walk | {items}]", field, _ => part);
            entries[field] = field == wrap ? $"size({reference})" : reference;
        }

        var compiled = shared.Compiled(Maps.GetValueOrDefault, (expression, free) => SelectionCompiler.Canonical(expression, free, "_"), entries).Single();
        Assert.Equal(Key, compiled.Key);
        return (entries, compiled.Value);
    }
}
