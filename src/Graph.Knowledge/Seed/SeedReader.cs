using System.Text;
using FluentValidation;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed.Parsed;
using Graph.Knowledge.Validation;

namespace Graph.Knowledge.Seed;

/// <summary>
/// Reads seed files (or one article's text) into definitions, reporting every problem at once with
/// file, line and column. Bad input never throws: it comes back as <see cref="SeedSet.Problems"/>.
/// </summary>
public static class SeedReader
{
    public static long MaxFileBytes => SeedText.MaxBytes;

    /// <summary>Files or folders; folders are searched recursively for <c>*.yaml</c> and <c>*.yml</c>.</summary>
    public static SeedSet ReadPaths(IEnumerable<string> paths)
    {
        var problems = new List<SeedProblem>();
        var entities = new List<ParsedEntity>();
        var articles = new List<ParsedArticle>();
        foreach (var file in SeedFiles.Discover(paths, problems))
        {
            if (SeedText.Read(file, problems) is not { } text)
            {
                continue;
            }

            Parse(text, file.DisplayName, file.Kind, problems, entities, articles);
        }

        var catalog = new InMemoryEntityCatalog(entities
            .Where(e => e.Id is not null && e.KnownKind is not null)
            .Select(e => new CatalogEntry(e.Id!.Text, e.KnownKind!.Value, e.Name?.Text ?? e.Id!.Text, [.. e.Aliases.Select(a => new Alias(a.Text.Text, a.Language.Text))])));
        return Validate(new ParsedSeed(entities, articles, catalog), problems);
    }

    /// <summary>
    /// One article given as text (YAML, or JSON, which is YAML too); references resolve against
    /// <paramref name="catalog"/>, e.g. the things already in the graph.
    /// </summary>
    public static SeedSet ReadArticleText(string text, string fileName, IEntityCatalog catalog)
    {
        var problems = new List<SeedProblem>();
        var entities = new List<ParsedEntity>();
        var articles = new List<ParsedArticle>();
        var length = Encoding.UTF8.GetByteCount(text);
        if (length > SeedText.MaxBytes)
        {
            problems.Add(SeedText.TooLarge(fileName, length));
        }
        else
        {
            Parse(text.TrimStart('\uFEFF'), fileName, SeedFileKind.Article, problems, entities, articles);
        }

        return Validate(new ParsedSeed(entities, articles, catalog), problems);
    }

    private static void Parse(string text, string name, SeedFileKind kind, List<SeedProblem> problems, List<ParsedEntity> entities, List<ParsedArticle> articles)
    {
        var source = new SeedSource(name, problems);
        var reader = new SeedDocumentReader(source);
        try
        {
            if (SeedYamlLoader.Load(text, source) is not { } root)
            {
                return;
            }

            if (kind == SeedFileKind.Entities)
            {
                entities.AddRange(reader.EntityFile(root));
            }
            else if (reader.Article(root) is { } article)
            {
                articles.Add(article);
            }
        }
        catch (Exception ex)
        {
            // Last line of defence: bad input must come back as a problem, never as a stack trace.
            problems.Add(new SeedProblem(name, 1, 1, string.Empty, $"cannot read {name}: {ex.Message}"));
        }
    }

    private static SeedSet Validate(ParsedSeed seed, List<SeedProblem> problems)
    {
        var warnings = new List<SeedProblem>();
        var result = new SeedSetValidator().Validate(seed);
        foreach (var failure in result.Errors)
        {
            var site = failure.CustomState as ProblemSite;
            var problem = site is null
                ? new SeedProblem(string.Empty, 1, 1, failure.PropertyName, failure.ErrorMessage)
                : new SeedProblem(site.Location.File, site.Location.Line, site.Location.Column, site.Path, failure.ErrorMessage);
            (failure.Severity == Severity.Error ? problems : warnings).Add(problem);
        }

        var ordered = Order(problems);
        if (ordered.Count > 0)
        {
            return new SeedSet([], [], ordered, Order(warnings));
        }

        var entities = seed.Entities.Select(e => SeedBuilder.Entity(e, seed.Catalog)).ToList();
        var articles = seed.Articles.Select(a => SeedBuilder.Article(a, seed.Catalog)).ToList();
        return new SeedSet(entities, articles, ordered, Order(warnings));
    }

    private static List<SeedProblem> Order(IEnumerable<SeedProblem> problems) =>
        [.. problems.Distinct().OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)];
}
