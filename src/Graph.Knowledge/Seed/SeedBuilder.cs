using Graph.Knowledge.Facts;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed.Parsed;
using Graph.Knowledge.Validation;

namespace Graph.Knowledge.Seed;

/// <summary>Turns validated parsed records into the definitions the importer consumes, applying the defaults.</summary>
internal static class SeedBuilder
{
    public static EntityDefinition Entity(ParsedEntity entity, IEntityCatalog catalog)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, date) in entity.Dates)
        {
            properties[name] = date.Text;
        }

        foreach (var (name, values) in entity.Lists)
        {
            properties[name] = values.Select(v => v.Text).ToList();
        }

        var links = entity.Links.Select(l => new Link(l.Key.Type, Resolve(catalog, l.Target.Target), l.Target.Role?.Text, l.Target.Since?.Text, l.Target.Until?.Text)
        {
            Incoming = l.Key.Incoming,
            On = l.Target.On?.Text,
        }).ToList();

        return new EntityDefinition(
            entity.Id!.Text,
            entity.KnownKind!.Value,
            entity.Name!.Text,
            entity.Type?.Text,
            entity.Description?.Text.Trim(),
            [.. entity.Aliases.Select(a => new Alias(a.Text.Text, a.Language.Text))],
            links,
            properties,
            Grade(entity.Reliability, upper: true),
            entity.Location);
    }

    public static ArticleDocument Article(ParsedArticle article, IEntityCatalog shared)
    {
        var catalog = ArticleCatalog.For(shared, article);
        var published = article.Published!.Text;
        var declares = article.Declares.Select(d => Entity(d, catalog)).ToList();
        var claims = article.Claims.Select(c => Claim(c, catalog)).ToList();
        var publisher = Resolve(catalog, article.Publisher!);
        return new ArticleDocument(
            article.Id!.Text,
            article.Title!.Text.Trim(),
            article.Url?.Text,
            publisher,
            [.. article.Authors.Select(a => Resolve(catalog, a))],
            [.. article.Editors.Select(e => Resolve(catalog, e))],
            published,
            published[..10],
            article.Language!.Text,
            article.Section?.Text,
            [.. article.Topics.Select(t => t.Text)],
            [.. article.Cites.Select(c => Resolve(catalog, c))],
            declares,
            [.. claims, .. FactClaims(declares, publisher, claims.Count)],
            article.File);
    }

    /// <summary>
    /// The values a declared thing gives itself (an event's <c>date</c> and <c>place</c>, a deployment's
    /// <c>start</c> ...) and the dates of its ties (a role's <c>since</c> and <c>until</c>, a signature's or
    /// ratification's <c>date</c>) are facts, so each becomes a claim that this article reports, as its own
    /// statement (originated by its publisher), after the article's claims (docs/model.md, "Facts come from
    /// claims"). Its quote is the file's key and value.
    /// </summary>
    private static IEnumerable<ClaimReport> FactClaims(IReadOnlyList<EntityDefinition> declares, string publisher, int claimsBefore)
    {
        var position = claimsBefore;
        foreach (var thing in declares)
        {
            foreach (var (name, claim, written) in FactStatements(thing))
            {
                yield return new ClaimReport(claim, new ReportDefinition($"{thing.Name}: {written}.", written, [publisher], [], RelayMode.Paraphrased, ++position));
            }
        }
    }

    /// <summary>The claims a declared thing's own values and tie dates make, with the fact key and what the file wrote.</summary>
    private static IEnumerable<(string Name, ClaimDefinition Claim, string Written)> FactStatements(EntityDefinition thing)
    {
        foreach (var name in FactRules.PropertyPredicates)
        {
            var place = name == FactRules.Place ? thing.Links.FirstOrDefault(l => l.Type == RelationshipTypes.LocatedIn && thing.Kind == EntityKind.Event)?.To : null;
            var time = name == FactRules.Place ? null : thing.Properties.GetValueOrDefault(name) as string;
            if (place is null && time is null)
            {
                continue;
            }

            yield return (name, new ClaimDefinition($"{thing.Id}-{name.ToLowerInvariant()}", name, [thing.Id], place, null, Stance.Asserted, time, null), $"{name}: {place ?? time}");
        }

        foreach (var link in thing.Links)
        {
            var dated = new (string Key, string? Date, string Predicate)[]
            {
                ("since", link.Since, FactRules.TookOffice),
                ("until", link.Until, FactRules.LeftOffice),
                ("date", link.On, link.Type == RelationshipTypes.Ratified ? "ratified" : "signed"),
            };
            foreach (var (key, date, predicate) in dated.Where(d => d.Date is not null))
            {
                var id = $"{thing.Id}-{link.Type.ToLowerInvariant().Replace('_', '-')}-{link.To}-{key}";
                yield return (key, new ClaimDefinition(id, predicate, [thing.Id, link.To], link.Role, null, Stance.Asserted, date, null), $"{link.To}: {{ {key}: {date} }}");
            }
        }
    }

    private static ClaimReport Claim(ParsedClaim claim, IEntityCatalog catalog)
    {
        var how = Mode(claim.How);
        var report = new ReportDefinition(
            claim.Statement!.Text.Trim(),
            claim.Quote!.Text.Trim(),
            [.. claim.From.Select(f => Resolve(catalog, f)).Distinct()],
            [.. claim.Via.Select(v => new Relay(Resolve(catalog, v.Target), Mode(v.How)))],
            how,
            claim.Position);
        return new ClaimReport(Definition(claim, catalog), report);
    }

    /// <summary>
    /// The claim's content with the defaults applied and references resolved. Lenient, so the validator
    /// can compare claims of files that still have problems: an unresolved reference stays as written,
    /// an unreadable number is NaN (those problems are reported elsewhere).
    /// </summary>
    public static ClaimDefinition Definition(ParsedClaim claim, IEntityCatalog catalog) => new(
        claim.Id?.Text ?? string.Empty,
        claim.Predicate?.Text ?? string.Empty,
        [.. claim.About.Select(a => catalog.Resolve(a.Text).Entry?.Id ?? a.Text).Distinct()],
        claim.Value?.Text,
        Quantity(claim.Quantity),
        claim.Stance is { } stance && Tokens.TryParse(stance.Text, out Stance parsed) ? parsed : Stance.Asserted,
        claim.Time?.Text,
        Grade(claim.Credibility, upper: false));

    /// <summary>Paraphrase is the default: most reports retell rather than quote.</summary>
    private static RelayMode Mode(SeedScalar? how) =>
        how is not null && Tokens.TryParse(how.Text, out RelayMode mode) ? mode : RelayMode.Paraphrased;

    private static Quantity? Quantity(ParsedQuantity? quantity)
    {
        if (quantity is null)
        {
            return null;
        }

        static double? N(SeedScalar? s) => s is null ? null : SeedFormats.TryNumber(s.Text, out var n) ? n : double.NaN;
        var value = N(quantity.Value);
        var qualifier = quantity.Qualifier is { } q && Tokens.TryParse(q.Text, out QuantityQualifier parsed)
            ? parsed
            : value is null ? QuantityQualifier.Range : QuantityQualifier.Exact;
        return new Quantity(value, N(quantity.Low), N(quantity.High), quantity.Unit?.Text ?? string.Empty, qualifier);
    }

    private static Grade? Grade(ParsedGrade? grade, bool upper) =>
        grade is null ? null : new Grade(upper ? grade.Value?.Text.ToUpperInvariant() ?? string.Empty : grade.Value?.Text ?? string.Empty, grade.By?.Text ?? string.Empty, grade.On?.Text ?? string.Empty);

    private static string Resolve(IEntityCatalog catalog, SeedScalar reference) =>
        catalog.Resolve(reference.Text).Entry?.Id ?? throw new InvalidOperationException($"unresolved reference '{reference.Text}' passed validation");
}
