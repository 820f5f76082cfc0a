using FluentValidation;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Knowledge.Seed.Parsed;

namespace Graph.Knowledge.Validation;

/// <summary>Checks one article file: its own fields, its inline things and each claim with its report.</summary>
public sealed class ArticleValidator : AbstractValidator<ParsedArticle>
{
    public ArticleValidator(IEntityCatalog shared)
    {
        RuleFor(a => a).Custom((article, context) =>
        {
            var catalog = ArticleCatalog.For(shared, article);
            const string what = "article";
            var at = article.Location;
            if (context.Require(article.Id, at, string.Empty, "id", what))
            {
                context.CheckId(article.Id!);
            }

            context.Require(article.Title, at, string.Empty, "title", what);
            if (article.Publisher is null)
            {
                context.Error(at, "publisher", $"article has no publisher: add 'publisher' with the outlet's id");
            }
            else
            {
                context.CheckReference(catalog, article.Publisher, [EntityKind.Organization], "'publisher'");
            }

            if (context.Require(article.Published, at, string.Empty, "published", what))
            {
                context.CheckDate(article.Published, timestampAllowed: true);
                if (SeedFormats.IsDate(article.Published!.Text) && article.Published.Text.Length < 10)
                {
                    context.Error(article.Published, $"'published' needs at least the day (YYYY-MM-DD), not '{article.Published.Text}'");
                }
            }

            if (context.Require(article.Language, at, string.Empty, "language", what) && !SeedFormats.IsLanguageTag(article.Language!.Text))
            {
                context.Error(article.Language, $"'{article.Language.Text}' is not a language tag (e.g. id, en)");
            }

            if (article.Url is { } url && !(Uri.TryCreate(url.Text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            {
                context.Error(url, $"'{url.Text}' is not an http(s) address");
            }

            foreach (var author in article.Authors)
            {
                context.CheckReference(catalog, author, [EntityKind.Person], "'authors'");
            }

            foreach (var editor in article.Editors)
            {
                context.CheckReference(catalog, editor, [EntityKind.Person], "'editors'");
            }

            foreach (var cited in article.Cites)
            {
                context.CheckReference(catalog, cited, null, "'cites'");
            }
        });

        RuleForEach(a => a.Declares).SetValidator((article, _) => new EntityValidator(ArticleCatalog.For(shared, article)));
        RuleForEach(a => a.Claims).SetValidator((article, _) => new ClaimValidator(ArticleCatalog.For(shared, article)));
    }
}
