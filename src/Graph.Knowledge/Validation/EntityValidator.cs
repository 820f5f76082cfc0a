using FluentValidation;
using Graph.Knowledge.Facts;
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

            if (!entity.Inline && entity.Id is { } id)
            {
                RefuseUnsourcedFacts(context, entity, id.Text, catalog);
            }
        });
    }

    /// <summary>
    /// A shared-things file is not an article: it has no publisher and no day, so a dated or valued
    /// property written there would be a fact nobody states (docs/model.md, "Facts come from claims").
    /// Each is refused, naming the claim that says it in an article instead.
    /// </summary>
    private static void RefuseUnsourcedFacts(ValidationContext<ParsedEntity> context, ParsedEntity entity, string id, IEntityCatalog catalog)
    {
        void Refuse(SeedScalar value, string key, string claim) => context.Error(value,
            $"'{key}: {value.Text}' on shared thing '{id}' has no source: seed/entities/ holds things, not facts. " +
            $"Write it in the article that states it, as a claim with {claim}, quoting the article's words (or declare '{id}' in that article)");

        foreach (var (name, value) in entity.Dates)
        {
            var predicate = name switch
            {
                EntityProperties.SignedOn => "signed",
                EntityProperties.InForceOn => "entered-into-force",
                EntityProperties.Date => null, // any claim about an event with a time dates it
                _ => name,
            };
            Refuse(value, name, predicate is null ? $"about: {id} and time: {value.Text}" : $"predicate: {predicate}, about: {id} and time: {value.Text}");
        }

        foreach (var link in entity.Links)
        {
            var target = link.Target;
            var other = catalog.Resolve(target.Target.Text).Entry?.Id ?? target.Target.Text;
            if (link.Key == RelationKeys.Place)
            {
                Refuse(target.Target, "place", $"about: [{id}, {other}] (the event and the place)");
            }

            foreach (var (key, date, predicate) in new[] { ("since", target.Since, FactRules.TookOffice), ("until", target.Until, FactRules.LeftOffice),
                ("date", target.On, link.Key == RelationKeys.RatifiedBy ? "ratified" : "signed") })
            {
                if (date is not null)
                {
                    Refuse(date, $"{link.Key.Name} {key}", $"predicate: {predicate}, about: [{id}, {other}] and time: {date.Text}");
                }
            }
        }
    }
}
