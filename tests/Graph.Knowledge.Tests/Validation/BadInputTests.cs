using System.Text;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;

namespace Graph.Knowledge.Tests.Validation;

/// <summary>Each kind of bad input gives its message at the right file, line and column.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string Valid = """
        id: test-article
        title: Test
        publisher: jatim-times
        published: 2024-11-12
        language: id
        claims:
          - id: troops-sent
            statement: Troops were sent.
            predicate: troops-sent
            about: [north-korea, russia]
            quantity: { value: 12000, qualifier: up-to, unit: troops }
            quote: hingga 12.000 tentara
            from: north-korea
        """;

    private readonly TempSeed seed = new();

    public void Dispose() => seed.Dispose();

    private List<string> Problems(string article, string file = "articles/x.yaml")
    {
        seed.Write(file, article);
        return [.. seed.Read().Problems.Select(p => p.ToString())];
    }

    [Fact]
    public void A_valid_article_has_no_problems()
    {
        seed.Write("articles/x.yaml", Valid);
        var result = seed.Read();
        Assert.Empty(result.Problems);
        Assert.Equal(12000, Assert.Single(Assert.Single(result.Articles).Claims).Claim.Quantity!.Value);
    }

    [Fact]
    public void Unknown_entity_reference_is_reported_with_line_and_suggestion()
    {
        var problems = Problems(Valid.Replace("about: [north-korea, russia]", "about: [north-koera, russia]"));
        Assert.Equal(["articles/x.yaml:10:13: unknown entity 'north-koera' (did you mean 'north-korea'?)"], problems);
    }

    [Fact]
    public void Malformed_yaml_is_reported_with_line_and_column()
    {
        var problems = Problems(Valid.Replace("    predicate: troops-sent", "   predicate: troops-sent"));
        Assert.Equal(["articles/x.yaml:9:4: malformed YAML: While parsing a block collection, did not find expected '-' indicator."], problems);
    }

    [Fact]
    public void Unclosed_bracket_is_reported_where_it_opens()
    {
        var problems = Problems(Valid.Replace("title: Test", "title: [Test"));
        Assert.Equal(["articles/x.yaml:2:8: malformed YAML: cannot read past this point (an unclosed '[', '{' or quote?)"], problems);
    }

    [Fact]
    public void Unknown_key_is_reported_with_suggestion()
    {
        var problems = Problems(Valid.Replace("quote:", "qoute:"));
        Assert.Equal(
            [
                "articles/x.yaml:7:5: claim 'troops-sent' has no report: add 'quote' with the article's verbatim words",
                "articles/x.yaml:12:5: unknown key 'qoute' in claim (did you mean 'quote'?)",
            ],
            problems);
    }

    [Fact]
    public void Missing_required_field_is_reported()
    {
        var problems = Problems(Valid.Replace("    statement: Troops were sent.\n", string.Empty).Replace("title: Test\n", string.Empty));
        Assert.Equal(
            [
                "articles/x.yaml:1:1: article has no 'title'",
                "articles/x.yaml:6:5: claim 'troops-sent' has no 'statement'",
            ],
            problems);
    }

    [Fact]
    public void Bad_id_is_reported()
    {
        var problems = Problems(Valid.Replace("- id: troops-sent", "- id: Troops Sent"));
        Assert.Equal(["articles/x.yaml:7:9: bad id 'Troops Sent': use lower-case letters, digits and single '-' (e.g. 'troops-sent')"], problems);
    }

    [Fact]
    public void Duplicate_ids_across_files_are_reported()
    {
        seed.Write("entities/more.yaml", """
            - id: russia
              kind: country
              name: Russian Federation
            """);
        var problems = Problems(Valid);
        Assert.Equal(["entities/more.yaml:1:7: duplicate id 'russia' (first defined at entities/base.yaml:9:7)"], problems);
    }

    [Fact]
    public void Impossible_dates_are_reported()
    {
        var problems = Problems(Valid.Replace("published: 2024-11-12", "published: 2024-02-30") + "\n    time: 2024-13\n");
        Assert.Equal(
            [
                "articles/x.yaml:4:12: impossible date '2024-02-30'",
                "articles/x.yaml:14:11: impossible date '2024-13'",
            ],
            problems);
    }

    [Fact]
    public void Years_months_days_and_timestamps_are_accepted()
    {
        var article = Valid.Replace("published: 2024-11-12", "published: 2024-11-12T16:00:00+07:00") + "\n    time: 2024\n";
        Assert.Empty(Problems(article));
        Assert.Empty(Problems(article.Replace("time: 2024", "time: 2024-02-29")));
    }

    [Fact]
    public void Negative_quantity_is_reported()
    {
        var problems = Problems(Valid.Replace("value: 12000", "value: -12000"));
        Assert.Equal(["articles/x.yaml:11:24: quantity value -12000 is negative"], problems);
    }

    [Fact]
    public void Non_numeric_quantity_is_reported()
    {
        var problems = Problems(Valid.Replace("value: 12000", "value: banyak"));
        Assert.Equal(["articles/x.yaml:11:24: quantity value 'banyak' is not a number"], problems);
    }

    [Fact]
    public void Low_greater_than_high_is_reported()
    {
        var problems = Problems(Valid.Replace("{ value: 12000, qualifier: up-to, unit: troops }", "{ low: 90000, high: 10000, qualifier: range, unit: troops }"));
        Assert.Equal(["articles/x.yaml:11:22: quantity low 90000 is greater than high 10000"], problems);
    }

    [Fact]
    public void Claim_without_quote_is_reported()
    {
        var problems = Problems(Valid.Replace("    quote: hingga 12.000 tentara\n", string.Empty));
        Assert.Equal(["articles/x.yaml:7:5: claim 'troops-sent' has no report: add 'quote' with the article's verbatim words"], problems);
    }

    [Fact]
    public void Article_without_publisher_is_reported()
    {
        var problems = Problems(Valid.Replace("publisher: jatim-times\n", string.Empty));
        Assert.Equal(["articles/x.yaml:1:1: article has no publisher: add 'publisher' with the outlet's id"], problems);
    }

    [Fact]
    public void File_that_is_not_utf8_is_reported_by_name()
    {
        var bytes = Encoding.Latin1.GetBytes(Valid.Replace("Test", "Tést"));
        seed.WriteBytes("articles/latin1.yaml", bytes);
        var problem = Assert.Single(seed.Read().Problems).ToString();
        Assert.Equal("articles/latin1.yaml:2:9: articles/latin1.yaml is not UTF-8 (byte 0xE9 at offset 25); save it as UTF-8", problem);
    }

    [Fact]
    public void File_over_one_mebibyte_is_reported_by_name()
    {
        var big = Valid + "\n# " + new string('x', 1024 * 1024) + "\n";
        var problems = Problems(big, "articles/big.yaml");
        Assert.Equal([$"articles/big.yaml:1:1: articles/big.yaml is larger than 1 MiB ({Encoding.UTF8.GetByteCount(big.ReplaceLineEndings("\n"))} bytes); split it into several files"], problems);
    }

    [Theory]
    [InlineData("12.000")]
    [InlineData("12,000")]
    public void A_number_with_thousands_separators_is_an_error_with_the_fix(string written)
    {
        Assert.Equal(
            [$"articles/x.yaml:12:14: quantity value '{written}' has a thousands separator: write 12000 ('{written}' \u2192 '12000')"],
            Problems(Valid.Replace("quantity: { value: 12000, qualifier: up-to, unit: troops }", $"quantity:\n      value: {written}\n      qualifier: up-to\n      unit: troops")));
    }

    [Fact]
    public void A_comma_separated_number_inside_braces_says_what_happened()
    {
        Assert.Equal(
            ["articles/x.yaml:11:27: '000' is not a key: a number written with a thousands separator inside { } splits at the comma; write it without separators (12000)"],
            Problems(Valid.Replace("value: 12000", "value: 12,000")));
    }

    [Fact]
    public void Two_claims_of_one_article_with_the_same_content_are_an_error()
    {
        var twice = Valid + """

              - id: troops-sent-again
                statement: Up to 12,000 troops went.
                predicate: troops-sent
                about: [russia, north-korea]
                quantity: { value: 12000, qualifier: up-to, unit: troops }
                quote: hingga 12.000 tentara lagi
            """;
        Assert.Equal(
            ["articles/x.yaml:14:9: claim 'troops-sent-again' states the same as claim 'troops-sent' of this article (same predicate, about, value, quantity, time and stance): merge them"],
            Problems(twice));
    }

    [Fact]
    public void The_same_content_under_two_ids_in_two_files_is_one_claim()
    {
        seed.Write("articles/a.yaml", Valid);
        seed.Write("articles/b.yaml", Valid.Replace("id: test-article", "id: other-article").Replace("id: troops-sent", "id: north-korea-sent-troops")
            .Replace("statement: Troops were sent.", "statement: North Korea sent up to 12,000 troops."));
        var result = seed.Read();
        Assert.Empty(result.Problems);
        var claims = result.Articles.SelectMany(a => a.Claims).ToList();
        Assert.Equal(["north-korea-sent-troops", "troops-sent"], claims.Select(c => c.Claim.Name).Order());
        Assert.Single(claims.Select(c => c.Claim.NodeId).Distinct());
    }

    [Fact]
    public void Same_claim_defined_differently_in_two_files_is_reported()
    {
        seed.Write("articles/a.yaml", Valid);
        var problems = Problems(Valid.Replace("id: test-article", "id: other-article").Replace("value: 12000", "value: 10000"), "articles/b.yaml");
        Assert.Equal(
            ["articles/b.yaml:7:9: claim 'troops-sent' is defined differently at articles/a.yaml:7:9 (quantity differ); one claim id means one claim: give this one another id"],
            problems);
    }

    [Fact]
    public void Same_claim_defined_alike_in_two_files_is_one_claim_with_two_reports()
    {
        seed.Write("articles/a.yaml", Valid);
        seed.Write("articles/b.yaml", Valid.Replace("id: test-article", "id: other-article").Replace("from: north-korea", "from: russia"));
        var result = seed.Read();
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Articles.SelectMany(a => a.Claims).Count(c => c.Claim.Name == "troops-sent"));
    }

    [Fact]
    public void Ambiguous_alias_is_a_warning_not_an_error()
    {
        seed.Write("articles/x.yaml", Valid.Replace("about: [north-korea, russia]", "about: [Korea, russia]"));
        var result = seed.Read();
        Assert.Empty(result.Problems);
        Assert.Equal(
            ["articles/x.yaml:10:13: 'Korea' fits more than one thing (north-korea, south-korea); using 'north-korea' (write the id to choose)"],
            result.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Aliases_resolve_ignoring_case_and_diacritics()
    {
        seed.Write("articles/x.yaml", Valid.Replace("from: north-korea", "from: KORÉA utara"));
        var result = seed.Read();
        Assert.Empty(result.Problems);
        Assert.Equal(["north-korea"], Assert.Single(Assert.Single(result.Articles).Claims).Report.OriginatedBy);
    }

    [Fact]
    public void Every_problem_in_every_file_is_reported_at_once()
    {
        seed.Write("entities/broken.yaml", """
            - id: Bad Thing
              kind: contry
              name: Bad
            """);
        seed.Write("articles/a.yaml", Valid.Replace("publisher: jatim-times\n", string.Empty).Replace("value: 12000", "value: -1"));
        seed.Write("articles/b.yaml", "id: b\ntitle: [oops\n");
        var problems = seed.Read().Problems.Select(p => p.ToString()).ToList();
        Assert.Equal(
            [
                "articles/a.yaml:1:1: article has no publisher: add 'publisher' with the outlet's id",
                "articles/a.yaml:10:24: quantity value -1 is negative",
                problems.Single(p => p.StartsWith("articles/b.yaml:", StringComparison.Ordinal) && p.Contains("malformed YAML", StringComparison.Ordinal)),
                "entities/broken.yaml:1:7: bad id 'Bad Thing': use lower-case letters, digits and single '-' (e.g. 'bad-thing')",
                "entities/broken.yaml:2:9: unknown kind 'contry' (did you mean 'country'?) (one of person, country, organization, place, treaty, deployment, event)",
            ],
            problems);
    }

    [Fact]
    public void Problem_prints_as_file_line_column_message()
    {
        var problem = new SeedProblem("articles/x.yaml", 14, 7, "claims[3].about[0]", "unknown entity 'north-koera' (did you mean 'north-korea'?)");
        Assert.Equal("articles/x.yaml:14:7: unknown entity 'north-koera' (did you mean 'north-korea'?)", problem.ToString());
    }
}
