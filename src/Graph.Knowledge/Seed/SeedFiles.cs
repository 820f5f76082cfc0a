namespace Graph.Knowledge.Seed;

/// <summary>
/// Finds the files behind the paths a user gives: folders recursively, files under an
/// <c>entities</c> folder as entity files, and the seed root's <c>entities/</c> whenever articles are read.
/// </summary>
internal static class SeedFiles
{
    public const string EntitiesFolder = "entities";
    public const string ArticlesFolder = "articles";

    public static List<SeedFile> Discover(IEnumerable<string> paths, List<SeedProblem> problems)
    {
        var found = new Dictionary<string, SeedFile>(StringComparer.Ordinal);
        var roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                foreach (var file in YamlFilesUnder(full, problems))
                {
                    Add(file);
                }
            }
            else if (File.Exists(full))
            {
                Add(full);
            }
            else
            {
                problems.Add(new SeedProblem(path, 1, 1, string.Empty, $"no such file or folder: {path}"));
            }
        }

        // Articles refer to shared things by id, so reading any article needs its seed's entities too.
        foreach (var root in roots.ToList())
        {
            var entities = Path.Combine(root, EntitiesFolder);
            if (Directory.Exists(entities))
            {
                foreach (var file in YamlFilesUnder(entities, problems))
                {
                    Add(file);
                }
            }
        }

        return [.. found.Values.OrderBy(f => f.Kind).ThenBy(f => f.DisplayName, StringComparer.Ordinal)];

        void Add(string file)
        {
            if (found.ContainsKey(file))
            {
                return;
            }

            var (root, kind) = Classify(file);
            if (root is not null && kind == SeedFileKind.Article)
            {
                roots.Add(root);
            }

            var display = Path.GetRelativePath(root ?? Directory.GetCurrentDirectory(), file).Replace(Path.DirectorySeparatorChar, '/');
            found[file] = new SeedFile(file, display, kind);
        }
    }

    /// <summary>The seed root is the parent of the nearest <c>entities</c> or <c>articles</c> folder above the file.</summary>
    private static (string? Root, SeedFileKind Kind) Classify(string file)
    {
        for (var dir = Path.GetDirectoryName(file); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var name = Path.GetFileName(dir);
            if (name == EntitiesFolder)
            {
                return (Path.GetDirectoryName(dir), SeedFileKind.Entities);
            }

            if (name == ArticlesFolder)
            {
                return (Path.GetDirectoryName(dir), SeedFileKind.Article);
            }
        }

        return (null, SeedFileKind.Article);
    }

    private static List<string> YamlFilesUnder(string folder, List<SeedProblem> problems)
    {
        try
        {
            return [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new SeedProblem(folder, 1, 1, string.Empty, $"cannot list {folder}: {ex.Message}"));
            return [];
        }
    }
}
