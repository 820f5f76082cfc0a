using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;

namespace Graph.Knowledge.Tests.Seed;

/// <summary>One article given as text, as the GraphQL import mutation passes it: YAML or JSON.</summary>
public sealed class ArticleTextTests
{
    private static readonly InMemoryEntityCatalog Catalog = InMemoryEntityCatalog.FromTuples(
    [
        ("north-korea", EntityKind.Country, "North Korea", [new Alias("Korea Utara", "id"), new Alias("조선", "ko")]),
        ("russia", EntityKind.Country, "Russia", [new Alias("Rusia", "id")]),
        ("jatim-times", EntityKind.Organization, "Jatim Times", []),
        ("ivan-klyszcz", EntityKind.Person, "Ivan Klyszcz", []),
    ]);

    private const string Json = """
        {
          "id": "json-article",
          "title": "Rusia dan Korea Utara",
          "publisher": "jatim-times",
          "published": "2024-11-12T16:00:00+07:00",
          "language": "id",
          "claims": [
            {
              "id": "troops-sent",
              "statement": "Up to 12,000 troops were sent.",
              "predicate": "troops-sent",
              "about": ["north-korea", "Rusia"],
              "quantity": { "value": 12000, "qualifier": "up-to", "unit": "troops" },
              "quote": "hingga 12.000 tentara",
              "from": ["조선"]
            }
          ]
        }
        """;

    [Fact]
    public void Json_article_text_is_read_like_yaml()
    {
        var result = SeedReader.ReadArticleText(Json, "import.json", Catalog);

        Assert.Empty(result.Problems);
        var article = Assert.Single(result.Articles);
        var claim = Assert.Single(article.Claims);
        Assert.Equal(["north-korea", "russia"], claim.Claim.About);
        Assert.Equal(["north-korea"], claim.Report.OriginatedBy);
        Assert.Equal(12000, claim.Claim.Quantity!.Value);
        Assert.Equal("import.json", article.SourceFile);
    }

    [Fact]
    public void Json_article_problems_name_the_json_path_and_position()
    {
        var result = SeedReader.ReadArticleText(Json.Replace("\"north-korea\", \"Rusia\"", "\"north-korea\", \"rusia\", \"north-koera\""), "import.json", Catalog);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("claims[0].about[2]", problem.Path);
        Assert.Equal("import.json:12:41: unknown entity 'north-koera' (did you mean 'north-korea'?)", problem.ToString());
    }

    [Fact]
    public void Json_null_counts_as_absent()
    {
        var result = SeedReader.ReadArticleText(Json.Replace("\"jatim-times\"", "null"), "import.json", Catalog);

        Assert.Equal(["import.json:1:1: article has no publisher: add 'publisher' with the outlet's id"], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Text_that_is_not_a_document_gives_a_problem_not_an_exception()
    {
        Assert.Equal(["x.yaml:1:1: x.yaml is empty"], SeedReader.ReadArticleText(string.Empty, "x.yaml", Catalog).Problems.Select(p => p.ToString()));
        Assert.Equal(["x.yaml:1:1: an article must be a map of keys to values"], SeedReader.ReadArticleText("- a\n- b\n", "x.yaml", Catalog).Problems.Select(p => p.ToString()));
        Assert.Single(SeedReader.ReadArticleText("{ \"id\": ", "x.json", Catalog).Problems);
        Assert.Equal(["x.yaml:2:1: malformed YAML: Duplicate key id"], SeedReader.ReadArticleText("id: a\nid: b\n", "x.yaml", Catalog).Problems.Select(p => p.ToString()));
        Assert.Equal(["x.yaml:2:4: malformed YAML: The anchor 'y' does not exists"], SeedReader.ReadArticleText("a: &x 1\nb: *y\n", "x.yaml", Catalog).Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Inline_things_already_in_the_catalog_may_be_declared_again_on_reimport()
    {
        var text = """
            id: a
            title: T
            publisher: jatim-times
            published: 2024-11-12
            language: id
            declares:
              - { id: north-korea, kind: country, name: North Korea }
            """;

        Assert.Empty(SeedReader.ReadArticleText(text, "a.yaml", Catalog).Problems);
    }
}
