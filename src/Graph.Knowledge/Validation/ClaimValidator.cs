using FluentValidation;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Knowledge.Seed.Parsed;

namespace Graph.Knowledge.Validation;

/// <summary>Checks one claim item of an article: the claim itself and this article's report of it.</summary>
public sealed class ClaimValidator : AbstractValidator<ParsedClaim>
{
    public static readonly IReadOnlyList<string> CredibilityScale = ["1", "2", "3", "4", "5", "6"];

    public ClaimValidator(IEntityCatalog catalog)
    {
        RuleFor(c => c).Custom((claim, context) =>
        {
            var what = claim.Id is { } named ? $"claim '{named.Text}'" : $"claim {claim.Position}";
            if (context.Require(claim.Id, claim.Location, claim.Path, "id", what))
            {
                context.CheckId(claim.Id!);
            }

            context.Require(claim.Statement, claim.Location, claim.Path, "statement", what);
            if (context.Require(claim.Predicate, claim.Location, claim.Path, "predicate", what) && !SeedFormats.IsSlug(claim.Predicate!.Text))
            {
                context.Error(claim.Predicate, $"bad predicate '{claim.Predicate.Text}': use lower-case words joined by '-' (e.g. 'troops-sent')");
            }

            if (claim.About.Count == 0)
            {
                context.Error(claim.Location, ValidationContextExtensions.Join(claim.Path, "about"), $"{what} is about nothing: add 'about' with the things it concerns");
            }

            foreach (var about in claim.About)
            {
                context.CheckReference(catalog, about, null, "'about'");
            }

            if (claim.Quote is null || claim.Quote.Text.Trim().Length == 0)
            {
                context.Error(claim.Quote?.Location ?? claim.Location, ValidationContextExtensions.Join(claim.Path, "quote"),
                    $"{what} has no report: add 'quote' with the article's verbatim words");
            }

            foreach (var originator in claim.From)
            {
                context.CheckReference(catalog, originator, null, "'from'");
            }

            foreach (var relay in claim.Via)
            {
                context.CheckReference(catalog, relay.Target, null, "'via'");
                context.CheckToken(relay.How, Tokens.RelayModes, "relay mode");
            }

            context.CheckToken(claim.How, Tokens.RelayModes, "relay mode");
            context.CheckToken(claim.Stance, Tokens.Stances, "stance");
            context.CheckDate(claim.Time);
            context.CheckGrade(claim.Credibility, CredibilityScale, "credibility");
            CheckQuantity(context, claim.Quantity);
        });
    }

    private static void CheckQuantity(ValidationContext<ParsedClaim> context, ParsedQuantity? quantity)
    {
        if (quantity is null)
        {
            return;
        }

        Number(context, quantity.Value, "value");
        var low = Number(context, quantity.Low, "low");
        var high = Number(context, quantity.High, "high");
        context.Require(quantity.Unit, quantity.Location, quantity.Path, "unit", "quantity");
        context.CheckToken(quantity.Qualifier, Tokens.Qualifiers, "qualifier");

        if (low is { } l && high is { } h && l > h)
        {
            context.Error(quantity.Low!, $"quantity low {quantity.Low!.Text} is greater than high {quantity.High!.Text}");
        }

        var isRange = quantity.Qualifier is { } q ? Tokens.TryParse(q.Text, out QuantityQualifier parsed) && parsed == QuantityQualifier.Range : quantity.Value is null;
        if (isRange && (quantity.Low is null || quantity.High is null))
        {
            context.Error(quantity.Location, quantity.Path, "a range needs both 'low' and 'high'");
        }
        else if (!isRange && quantity.Value is null)
        {
            context.Error(quantity.Location, ValidationContextExtensions.Join(quantity.Path, "value"), "quantity has no 'value' (or give 'low' and 'high' for a range)");
        }

    }

    private static double? Number(ValidationContext<ParsedClaim> context, SeedScalar? text, string key)
    {
        if (text is null)
        {
            return null;
        }

        // "12.000" (YAML reads twelve) and "12,000" (YAML reads text) are twelve thousand with a separator.
        if (SeedFormats.LooksLikeThousandsSeparators(text.Text))
        {
            var fixedText = text.Text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
            context.Error(text, $"quantity {key} '{text.Text}' has a thousands separator: write {fixedText} ('{text.Text}' → '{fixedText}')");
            return null;
        }

        if (!SeedFormats.TryNumber(text.Text, out var number))
        {
            context.Error(text, $"quantity {key} '{text.Text}' is not a number");
            return null;
        }

        if (number < 0)
        {
            context.Error(text, $"quantity {key} {text.Text} is negative");
            return null;
        }

        return number;
    }
}
