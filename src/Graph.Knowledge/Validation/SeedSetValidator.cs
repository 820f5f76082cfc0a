using FluentValidation;
using Graph.Knowledge.Claims;
using Graph.Knowledge.Seed;
using Graph.Knowledge.Seed.Parsed;

namespace Graph.Knowledge.Validation;

/// <summary>
/// Validates a whole seed at once: every entity and article on its own, then what only shows across
/// files (duplicate ids, one claim id naming two claims, one claim twice in an article).
/// </summary>
public sealed class SeedSetValidator : AbstractValidator<ParsedSeed>
{
    public SeedSetValidator()
    {
        RuleForEach(s => s.Entities).SetValidator((seed, _) => new EntityValidator(seed.Catalog));
        RuleForEach(s => s.Articles).SetValidator((seed, _) => new ArticleValidator(seed.Catalog));

        RuleFor(s => s).Custom((seed, context) =>
        {
            var things = seed.Entities.Concat(seed.Articles.SelectMany(a => a.Declares)).Where(e => e.Id is not null);
            foreach (var group in things.GroupBy(e => e.Id!.Text, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var first = group.First().Id!;
                foreach (var duplicate in group.Skip(1))
                {
                    context.Error(duplicate.Id!, $"duplicate id '{first.Text}' (first defined at {first.Location})");
                }
            }

            foreach (var group in seed.Articles.Where(a => a.Id is not null).GroupBy(a => a.Id!.Text, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var first = group.First().Id!;
                foreach (var duplicate in group.Skip(1))
                {
                    context.Error(duplicate.Id!, $"duplicate article id '{first.Text}' (first defined at {first.Location})");
                }
            }

            var claims = seed.Articles
                .SelectMany(a => a.Claims.Where(c => c.Id is not null).Select(c => (Article: a, Claim: c, Definition: SeedBuilder.Definition(c, ArticleCatalog.For(seed.Catalog, a)))))
                .ToList();
            foreach (var group in claims.GroupBy(c => c.Claim.Id!.Text, StringComparer.Ordinal))
            {
                var first = group.First();
                foreach (var other in group.Skip(1))
                {
                    var differences = ClaimKey.Differences(first.Definition, other.Definition);
                    if (differences.Count > 0)
                    {
                        context.Error(other.Claim.Id!,
                            $"claim '{first.Claim.Id!.Text}' is defined differently at {first.Claim.Id.Location} ({string.Join(", ", differences)} differ); one claim id means one claim: give this one another id");
                    }
                }
            }

            foreach (var group in claims.GroupBy(c => c.Definition.Key, StringComparer.Ordinal))
            {
                var first = group.First();
                foreach (var other in group.Skip(1))
                {
                    if (ReferenceEquals(other.Article, first.Article))
                    {
                        context.Error(other.Claim.Id!, $"claim '{other.Claim.Id!.Text}' states the same as claim '{first.Claim.Id!.Text}' of this article (same predicate, about, value, quantity, time and stance): merge them");
                    }
                    else if (other.Definition.Credibility != first.Definition.Credibility)
                    {
                        context.Error(other.Claim.Id!, $"claim '{other.Claim.Id!.Text}' is the claim at {first.Claim.Id!.Location} with another credibility grade: grade it the same way");
                    }
                }
            }
        });
    }
}
