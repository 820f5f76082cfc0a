using Graph.Knowledge.Seed;
using Graph.Knowledge.Seed.Parsed;

namespace Graph.Knowledge.Validation;

/// <summary>An article sees the shared things plus what it declares inline.</summary>
public static class ArticleCatalog
{
    public static IEntityCatalog For(IEntityCatalog shared, ParsedArticle article)
    {
        var declared = article.Declares.Where(d => d.Id is not null && d.KnownKind is not null)
            .Select(d => new CatalogEntry(d.Id!.Text, d.KnownKind!.Value, d.Name?.Text ?? d.Id!.Text, [.. d.Aliases.Select(a => new Model.Alias(a.Text.Text, a.Language.Text))]))
            .ToList();
        if (declared.Count == 0)
        {
            return shared;
        }

        return shared is InMemoryEntityCatalog memory ? memory.With(declared) : new InMemoryEntityCatalog(shared.Entries.Concat(declared));
    }
}
