using FluentValidation;
using FluentValidation.Results;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Knowledge.Seed.Parsed;

namespace Graph.Knowledge.Validation;

/// <summary>The checks every validator shares, each reporting at the value's own line and column.</summary>
internal static class ValidationContextExtensions
{
    public static void Error<T>(this ValidationContext<T> context, SourceLocation location, string path, string message) =>
        context.AddFailure(new ValidationFailure(path, message) { CustomState = new ProblemSite(location, path), Severity = Severity.Error });

    public static void Error<T>(this ValidationContext<T> context, SeedScalar value, string message) =>
        context.Error(value.Location, value.Path, message);

    public static void Warning<T>(this ValidationContext<T> context, SeedScalar value, string message) =>
        context.AddFailure(new ValidationFailure(value.Path, message) { CustomState = new ProblemSite(value.Location, value.Path), Severity = Severity.Warning });

    /// <summary>Reports a missing value at the start of the map that should hold it.</summary>
    public static bool Require<T>(this ValidationContext<T> context, SeedScalar? value, SourceLocation owner, string ownerPath, string key, string what)
    {
        if (value is not null && value.Text.Trim().Length > 0)
        {
            return true;
        }

        context.Error(value?.Location ?? owner, value?.Path ?? Join(ownerPath, key), $"{what} has no '{key}'");
        return false;
    }

    public static void CheckId<T>(this ValidationContext<T> context, SeedScalar id)
    {
        if (!SeedFormats.IsSlug(id.Text))
        {
            var hint = TextMatching.Fold(id.Text).Replace(' ', '-');
            context.Error(id, $"bad id '{id.Text}': use lower-case letters, digits and single '-' (e.g. '{hint}')");
        }
    }

    public static void CheckDate<T>(this ValidationContext<T> context, SeedScalar? date, bool timestampAllowed = false)
    {
        if (date is null || SeedFormats.IsDate(date.Text) || (timestampAllowed && SeedFormats.IsTimestamp(date.Text)))
        {
            return;
        }

        var forms = timestampAllowed ? "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm+hh:mm" : "YYYY, YYYY-MM or YYYY-MM-DD";
        var impossible = SeedFormats.LooksLikeDate(date.Text) || (timestampAllowed && SeedFormats.LooksLikeTimestamp(date.Text));
        context.Error(date, impossible ? $"impossible date '{date.Text}'" : $"'{date.Text}' is not a date (use {forms})");
    }

    /// <summary>Resolves a reference; an unknown one is an error with a suggestion, an ambiguous alias a warning.</summary>
    public static CatalogEntry? CheckReference<T>(this ValidationContext<T> context, IEntityCatalog catalog, SeedScalar reference, IReadOnlyList<EntityKind>? kinds, string role)
    {
        var resolution = catalog.Resolve(reference.Text);
        if (resolution.Entry is not { } entry)
        {
            var hint = resolution.Suggestion is { } suggestion ? $" (did you mean '{suggestion}'?)" : string.Empty;
            context.Error(reference, $"unknown entity '{reference.Text}'{hint}");
            return null;
        }

        if (resolution.Ambiguous)
        {
            var ids = string.Join(", ", resolution.Candidates.Select(c => c.Id));
            context.Warning(reference, $"'{reference.Text}' fits more than one thing ({ids}); using '{entry.Id}' (write the id to choose)");
        }

        if (kinds is not null && kinds.Count > 0 && !kinds.Contains(entry.Kind))
        {
            var expected = string.Join(" or ", kinds.Select(k => k.Token()));
            context.Error(reference, $"'{entry.Id}' is a {entry.Kind.Token()}, but {role} must be a {expected}");
        }

        return entry;
    }

    public static void CheckToken<T>(this ValidationContext<T> context, SeedScalar? value, IReadOnlyList<string> tokens, string what)
    {
        if (value is not null && !tokens.Contains(value.Text.ToLowerInvariant()))
        {
            context.Error(value, $"unknown {what} '{value.Text}'{TextMatching.DidYouMean(value.Text, tokens)} (one of {string.Join(", ", tokens)})");
        }
    }

    public static void CheckGrade<T>(this ValidationContext<T> context, ParsedGrade? grade, IReadOnlyList<string> scale, string what)
    {
        if (grade is null)
        {
            return;
        }

        if (context.Require(grade.Value, grade.Location, grade.Path, "value", what) && !scale.Contains(grade.Value!.Text.ToUpperInvariant()))
        {
            context.Error(grade.Value, $"{what} '{grade.Value.Text}' is not on the scale {scale[0]}-{scale[^1]}");
        }

        context.Require(grade.By, grade.Location, grade.Path, "by", what);
        if (context.Require(grade.On, grade.Location, grade.Path, "date", what))
        {
            context.CheckDate(grade.On);
        }
    }

    public static string Join(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";
}
