using CsCheck;
using Graph.Knowledge.Seed;

namespace Graph.Knowledge.Tests.Fuzz;

/// <summary>
/// Whatever the input, the seed reader answers with a clean problem list: no exception escapes it or
/// its validator, none is swallowed into a "cannot read" problem, and every problem names a place.
/// A bounded number of cases runs with every <c>dotnet test</c>; a failure prints the seed that replays it
/// (<c>CsCheck_Seed=...</c>).
/// </summary>
public sealed class SeedReaderFuzzTests
{
    /// <summary>600 in CI; <c>SEED_FUZZ_CASES=20000</c> for a longer hunt (entity files get a sixth of it).</summary>
    private static readonly int ArticleCases = int.TryParse(Environment.GetEnvironmentVariable("SEED_FUZZ_CASES"), out var cases) ? cases : 600;

    private static readonly int EntityFileCases = Math.Max(1, ArticleCases / 6);

    private static readonly System.Text.UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly string[] Articles = [.. Directory.GetFiles(Path.Combine(SeedPaths.Root, "articles"), "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    private static readonly string[] EntityFiles = [.. Directory.GetFiles(Path.Combine(SeedPaths.Root, "entities"), "*.yaml").Order(StringComparer.Ordinal)];

    private static readonly InMemoryEntityCatalog Catalog = InMemoryEntityCatalog.FromDefinitions(SeedReader.ReadPaths([Path.Combine(SeedPaths.Root, "entities")]).Entities);

    [Fact]
    public void The_corpus_is_the_real_seed_and_it_reads_clean()
    {
        Assert.NotEmpty(Articles);
        Assert.NotEmpty(Catalog.Entries);
        Assert.All(Articles, article => Assert.True(SeedReader.ReadArticleText(article, "article.yaml", Catalog).IsValid));
    }

    [Fact]
    public void A_mutated_article_gives_a_clean_problem_list() =>
        Gen.Select(Gen.Int[0, Articles.Length - 1], Gen.Int[1, 4], Gen.Int)
            .Sample((file, mutations, seed) =>
            {
                var text = SeedMutations.Apply(Articles[file], seed, mutations);
                AssertClean(SeedReader.ReadArticleText(text, "fuzz.yaml", Catalog), "fuzz.yaml");
            }, iter: ArticleCases, threads: 1);

    [Fact]
    public void A_mutated_entity_file_gives_a_clean_problem_list()
    {
        var root = Path.Combine(Path.GetTempPath(), "seed-fuzz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "entities"));
        try
        {
            Gen.Select(Gen.Int[0, EntityFiles.Length - 1], Gen.Int[1, 4], Gen.Int)
                .Sample((file, mutations, seed) =>
                {
                    var target = Path.Combine(root, "entities", Path.GetFileName(EntityFiles[file]));
                    // Lone surrogates become U+FFFD on disk, as any editor would write them.
                    File.WriteAllBytes(target, Lenient.GetBytes(SeedMutations.Apply(File.ReadAllText(EntityFiles[file]), seed, mutations)));
                    try
                    {
                        AssertClean(SeedReader.ReadPaths([root]), Path.GetFileName(target));
                    }
                    finally
                    {
                        File.Delete(target);
                    }
                }, iter: EntityFileCases, threads: 1);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void AssertClean(SeedSet result, string fileName)
    {
        Assert.All(result.Problems.Concat(result.Warnings), problem =>
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.Message));
            Assert.True(problem.Line >= 1 && problem.Column >= 1, $"no place: {problem}");
            Assert.False(problem.Message.StartsWith("cannot read " + fileName + ":", StringComparison.Ordinal), $"an exception was swallowed: {problem}");
        });
        Assert.Equal(result.Problems.Count == 0, result.IsValid);
    }
}
