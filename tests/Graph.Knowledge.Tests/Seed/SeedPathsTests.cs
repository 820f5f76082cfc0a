using Graph.Knowledge.Seed;

namespace Graph.Knowledge.Tests.Seed;

public sealed class SeedPathsTests : IDisposable
{
    private const string Article = """
        id: a
        title: T
        publisher: jatim-times
        published: 2024-11-12
        language: id
        cites: [ntv]
        """;

    private readonly TempSeed seed = new();

    public void Dispose() => seed.Dispose();

    [Fact]
    public void Reading_one_article_file_loads_the_sibling_entities()
    {
        var file = seed.Write("articles/2024/a.yaml", Article);

        var result = SeedReader.ReadPaths([file]);

        Assert.Empty(result.Problems);
        Assert.Equal("articles/2024/a.yaml", Assert.Single(result.Articles).SourceFile);
        Assert.Contains(result.Entities, e => e.Id == "ntv");
    }

    [Fact]
    public void Reading_the_articles_folder_loads_the_sibling_entities()
    {
        seed.Write("articles/a.yml", Article);

        var result = SeedReader.ReadPaths([Path.Combine(seed.Root, "articles")]);

        Assert.Empty(result.Problems);
        Assert.Single(result.Articles);
    }

    [Fact]
    public void Entity_files_may_be_a_map_from_id_to_thing()
    {
        seed.Write("entities/map.yaml", """
            kursk-region:
              kind: place
              type: region
              name: Kursk region
              locatedIn: russia
            """);

        var result = seed.Read();

        Assert.Empty(result.Problems);
        var kursk = Assert.Single(result.Entities, e => e.Id == "kursk-region");
        Assert.Equal("entities/map.yaml", kursk.Location.File);
    }

    [Fact]
    public void A_missing_path_is_a_problem()
    {
        var result = SeedReader.ReadPaths(["/nonexistent/seed/x.yaml"]);

        Assert.Equal(["/nonexistent/seed/x.yaml:1:1: no such file or folder: /nonexistent/seed/x.yaml"], result.Problems.Select(p => p.ToString()));
    }
}
