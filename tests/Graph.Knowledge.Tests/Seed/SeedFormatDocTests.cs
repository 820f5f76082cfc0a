using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Knowledge.Seed;
using Graph.Knowledge.Seed.Parsed;

namespace Graph.Knowledge.Tests.Seed;

/// <summary>Keeps docs/seed-format.md and schema/seed.schema.json in step with the reader.</summary>
public sealed partial class SeedFormatDocTests
{
    private static string Repository => Path.GetDirectoryName(SeedPaths.Root)!;

    [Fact]
    public void The_documented_example_validates_against_the_real_entities()
    {
        var doc = File.ReadAllText(Path.Combine(Repository, "docs", "seed-format.md"));
        var example = ExampleBlock().Match(doc[doc.IndexOf("## Example", StringComparison.Ordinal)..]).Groups[1].Value;
        var real = SeedReader.ReadPaths([SeedPaths.Root]);
        var catalog = InMemoryEntityCatalog.FromDefinitions(real.Entities);

        var result = SeedReader.ReadArticleText(example, "example.yaml", catalog);

        Assert.Empty(result.Problems.Select(p => p.ToString()));
        Assert.Equal(2, Assert.Single(result.Articles).Claims.Count);

        // Same claim ids as the seed article: the definitions must agree when read together.
        var both = Path.Combine(Path.GetTempPath(), "seed-doc-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(both, "articles"));
            File.WriteAllText(Path.Combine(both, "articles", "example.yaml"), example);
            var together = SeedReader.ReadPaths([SeedPaths.Root, Path.Combine(both, "articles", "example.yaml")]);
            Assert.Empty(together.Problems.Select(p => p.ToString()));
        }
        finally
        {
            Directory.Delete(both, recursive: true);
        }
    }

    [Fact]
    public void The_schema_knows_every_key_the_reader_knows()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository, "schema", "seed.schema.json")));
        var defs = schema.RootElement.GetProperty("$defs");

        static HashSet<string> Keys(JsonElement definition) => [.. definition.GetProperty("properties").EnumerateObject().Select(p => p.Name)];

        Assert.Equal(SeedKeys.Article.Order(), Keys(defs.GetProperty("article")).Order());
        Assert.Equal(SeedKeys.Claim.Order(), Keys(defs.GetProperty("claim")).Order());
        Assert.Equal(SeedKeys.Quantity.Order(), Keys(defs.GetProperty("quantity")).Order());
        Assert.Equal(SeedKeys.Grade.Order(), Keys(defs.GetProperty("reliability")).Order());

        var entity = defs.GetProperty("entity");
        foreach (var branch in entity.GetProperty("allOf").EnumerateArray())
        {
            var kind = branch.GetProperty("if").GetProperty("properties").GetProperty("kind").GetProperty("const").GetString()!;
            Assert.True(Graph.Knowledge.Model.EntityKindExtensions.TryParseToken(kind, out var parsed));
            var schemaKeys = Keys(entity).Concat(Keys(branch.GetProperty("then"))).Order();
            Assert.Equal(SeedKeys.Entity(parsed).Order(), schemaKeys);
        }

        Assert.All(RelationKeys.All, r => Assert.Contains(r.Name, SeedKeys.Entity(null)));
    }

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
