using FluentValidation;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Knowledge.Seed.Parsed;

namespace Graph.Knowledge.Validation;

/// <summary>Checks one thing: its id, kind, name, type, aliases, dates, grade and the things it links to.</summary>
public sealed class EntityValidator : AbstractValidator<ParsedEntity>
{
    public static readonly IReadOnlyList<string> ReliabilityScale = ["A", "B", "C", "D", "E", "F"];

    public EntityValidator(IEntityCatalog catalog)
    {
        RuleFor(e => e).Custom((entity, context) =>
        {
            var what = entity.Id is { } named ? $"thing '{named.Text}'" : "thing";
            if (context.Require(entity.Id, entity.Location, entity.Path, "id", what))
            {
                context.CheckId(entity.Id!);
            }

            context.Require(entity.Name, entity.Location, entity.Path, "name", what);
            if (context.Require(entity.Kind, entity.Location, entity.Path, "kind", what) && entity.KnownKind is null)
            {
                var kinds = Enum.GetValues<EntityKind>().Select(k => k.Token()).ToList();
                context.CheckToken(entity.Kind, kinds, "kind");
            }

            if (entity.KnownKind is { } kind && entity.Type is { } type)
            {
                var types = SeedKeys.Types(kind);
                context.CheckToken(type, types, $"{kind.Token()} type");
            }

            foreach (var alias in entity.Aliases)
            {
                if (!SeedFormats.IsLanguageTag(alias.Language.Text))
                {
                    context.Error(alias.Language, $"'{alias.Language.Text}' is not a language tag (e.g. en, id, ko, de, ru)");
                }

                if (alias.Text.Text.Trim().Length == 0)
                {
                    context.Error(alias.Text, "empty alias");
                }
            }

            foreach (var date in entity.Dates.Values)
            {
                context.CheckDate(date);
            }

            if (entity.Dates.TryGetValue(EntityProperties.Start, out var start) && entity.Dates.TryGetValue(EntityProperties.End, out var end)
                && SeedFormats.IsDate(start.Text) && SeedFormats.IsDate(end.Text) && string.CompareOrdinal(end.Text, start.Text[..Math.Min(start.Text.Length, end.Text.Length)]) < 0)
            {
                context.Error(end, $"end {end.Text} is before start {start.Text}");
            }

            context.CheckGrade(entity.Reliability, ReliabilityScale, "reliability");

            foreach (var link in entity.Links)
            {
                var target = link.Target;
                context.CheckReference(catalog, target.Target, link.Key.Targets, $"'{link.Key.Name}'");
                context.CheckDate(target.Since);
                context.CheckDate(target.Until);
                context.CheckDate(target.On);
            }
        });
    }
}
