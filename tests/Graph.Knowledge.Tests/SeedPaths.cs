namespace Graph.Knowledge.Tests;

/// <summary>Finds the repository's seed/ folder from the test output folder.</summary>
internal static class SeedPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "seed");
            if (Directory.Exists(Path.Combine(seed, "articles")) && File.Exists(Path.Combine(dir.FullName, "docs", "model.md")))
            {
                return seed;
            }
        }

        throw new DirectoryNotFoundException("seed/ not found above " + AppContext.BaseDirectory);
    }
}
