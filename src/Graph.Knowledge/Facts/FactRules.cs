using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;

namespace Graph.Knowledge.Facts;

/// <summary>
/// The facts on a thing, computed from the claims about it (docs/model.md, "Facts come from claims"):
/// which claims state which fact (<see cref="NamesOf"/>), and the value they settle on
/// (<see cref="Resolve"/>), using the relations between claims of <see cref="ClaimRelations"/>.
/// A pure function of the claims given: what "as of a date" means is decided by who picks them.
/// </summary>
public static class FactRules
{
    public const string SignedOn = EntityProperties.SignedOn;
    public const string InForceOn = EntityProperties.InForceOn;
    public const string Date = EntityProperties.Date;
    public const string Start = EntityProperties.Start;
    public const string End = EntityProperties.End;
    public const string Place = "place";
    public const string Size = "size";

    /// <summary>The fact a treaty's ratification by one state is: <c>ratifiedOn:north-korea</c>.</summary>
    public const string RatifiedOnPrefix = "ratifiedOn:";

    /// <summary>The facts a person's (or organization's) role in a country or organization begins and ends on: <c>since:ukraine-defence-intelligence</c>.</summary>
    public const string SincePrefix = "since:";

    /// <inheritdoc cref="SincePrefix"/>
    public const string UntilPrefix = "until:";

    /// <summary>The predicates of claims that date a role: taking it (<see cref="SincePrefix"/>) and leaving it (<see cref="UntilPrefix"/>).</summary>
    public const string TookOffice = "took-office";

    /// <inheritdoc cref="TookOffice"/>
    public const string LeftOffice = "left-office";

    /// <summary>The predicate of the claims written from a thing's own keys (<c>date: 2024-11</c> on a declared event).</summary>
    public static IReadOnlyList<string> PropertyPredicates { get; } = [SignedOn, InForceOn, Date, Start, End, Place];

    public static string RatifiedOn(string state) => RatifiedOnPrefix + state;

    public static string Since(string body) => SincePrefix + body;

    public static string Until(string body) => UntilPrefix + body;

    /// <summary>
    /// The facts <paramref name="claim"/> states about <paramref name="thing"/>, a thing of
    /// <paramref name="kind"/>; <paramref name="kindOf"/> gives the kind of the other things the claim is about.
    /// </summary>
    public static IReadOnlyList<string> NamesOf(EntityKind kind, string thing, ClaimDefinition claim, Func<string, EntityKind?> kindOf)
    {
        if (!claim.About.Contains(thing))
        {
            return [];
        }

        // A claim written from a thing's own key is about that thing alone and names its fact.
        if (PropertyPredicates.Contains(claim.Predicate) && claim.About.Count == 1)
        {
            return claim.Predicate == Place ? (claim.Value is null ? [] : [Place]) : claim.Time is null ? [] : [claim.Predicate];
        }

        return kind switch
        {
            EntityKind.Treaty when claim.Time is null => [],
            EntityKind.Treaty when claim.Predicate == "signed" => [SignedOn],
            EntityKind.Treaty when claim.Predicate == "entered-into-force" => [InForceOn],
            EntityKind.Treaty when claim.Predicate == "ratified" =>
                [.. claim.About.Where(a => kindOf(a) == EntityKind.Country).Order(StringComparer.Ordinal).Select(RatifiedOn)],
            // Whatever is said about an event at a time dates it: "signed in Pyongyang on 19 June" dates the signing;
            // and when it is about one place too, it places the event there.
            EntityKind.Event => [.. claim.Time is null ? [] : new[] { Date }, .. PlaceOf(thing, claim, kindOf) is null ? [] : new[] { Place }],
            // A denial that troops were sent at all contests every figure for that time.
            EntityKind.Deployment when claim.Predicate == "troops-sent" && (claim.Quantity is not null || claim.Stance == Stance.Denied) => [Size],
            EntityKind.Person or EntityKind.Organization when claim.Time is not null && claim.Predicate is TookOffice or LeftOffice =>
                [.. claim.About.Where(a => a != thing && kindOf(a) is EntityKind.Country or EntityKind.Organization)
                    .Order(StringComparer.Ordinal).Select(claim.Predicate == TookOffice ? Since : (Func<string, string>)Until)],
            _ => [],
        };
    }

    /// <summary>
    /// The place a claim gives an event: the value of a <c>place</c> claim about the event alone (an article's
    /// <c>place:</c> on an event it declares), else the one place (a thing of kind place) the claim is about besides it.
    /// </summary>
    public static string? PlaceOf(string thing, ClaimDefinition claim, Func<string, EntityKind?> kindOf)
    {
        if (claim.Predicate == Place && claim.About.Count == 1)
        {
            return claim.Value;
        }

        var places = claim.About.Where(a => a != thing && kindOf(a) == EntityKind.Place).Take(2).ToList();
        return places.Count == 1 ? places[0] : null;
    }

    /// <summary>
    /// Every fact the claims state about the thing, by name. For each fact, the claims are read as one
    /// statement about the thing (its date, value or figure) and compared with <see cref="ClaimRelations"/>.
    /// The value is that of the most precise asserted claim that no DISAGREES claim with at least as
    /// many independent origins contests (precision: a day over a month, a narrower figure; then more
    /// origins, then the earliest reported).
    /// </summary>
    public static IReadOnlyList<Fact> Resolve(EntityKind kind, string thing, IEnumerable<FactEvidence> claims, Func<string, EntityKind?> kindOf) =>
        [.. claims
            .SelectMany(e => NamesOf(kind, thing, e.Claim, kindOf).Select(name => (Name: name, Evidence: e)))
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Settle(g.Key, thing, [.. g.Select(x => x.Evidence).DistinctBy(e => e.Claim.Name)], kindOf))];

    private static Fact Settle(string name, string thing, IReadOnlyList<FactEvidence> claims, Func<string, EntityKind?> kindOf)
    {
        var statements = claims.Select(e => (Evidence: e, Statement: AsStatement(name, thing, e.Claim, kindOf))).ToList();
        var oneTime = name != Size;

        // Each pair compared once: choosing the value asks for the contesters of every candidate, then of the chosen one
        // and for its supporters (a relation's kind is all the rules read of it; its reason is formatted text).
        var relations = new (bool Known, ClaimRelationKind? Kind)[statements.Count * statements.Count];
        ClaimRelationKind? Relation(int a, int b)
        {
            ref var relation = ref relations[(a * statements.Count) + b];
            if (!relation.Known)
            {
                relation = (true, (DifferentPlaces(statements[a].Statement, statements[b].Statement)
                    ?? ClaimRelations.Between(statements[a].Statement, statements[b].Statement, oneTime))?.Kind);
            }

            return relation.Kind;
        }

        var indexes = Enumerable.Range(0, statements.Count).ToList();
        IEnumerable<int> Contesters(int a) => indexes.Where(b => b != a && Relation(a, b) == ClaimRelationKind.Disagrees);

        var candidates = indexes
            .Where(i => statements[i].Statement.Stance == Stance.Asserted)
            .OrderByDescending(i => Precision(statements[i].Statement))
            .ThenByDescending(i => statements[i].Evidence.Origins.Count)
            .ThenBy(i => statements[i].Evidence.FirstReportedOn, StringComparer.Ordinal)
            .ThenBy(i => statements[i].Evidence.Claim.Name, StringComparer.Ordinal)
            .ToList();
        var settled = candidates
            .Where(i => !Contesters(i).Any(b => statements[b].Evidence.Origins.Count >= statements[i].Evidence.Origins.Count))
            .Cast<int?>()
            .FirstOrDefault();

        if (settled is not { } chosen)
        {
            // Nothing settles: every claim stays visible, the assertions as support, the denials as contest.
            return new Fact(name, null, null, null, FactStatus.Disputed, null,
                Names(statements.Where(s => s.Statement.Stance == Stance.Asserted).Select(s => s.Evidence)),
                Names(statements.Where(s => s.Statement.Stance == Stance.Denied).Select(s => s.Evidence)));
        }

        var supporters = indexes.Where(i => i == chosen || Relation(chosen, i) is ClaimRelationKind.Same or ClaimRelationKind.Refines
            or ClaimRelationKind.RefinedBy or ClaimRelationKind.Agrees).ToList();
        var contesters = Contesters(chosen).ToList();
        var origins = supporters.SelectMany(i => statements[i].Evidence.Origins).Distinct(StringComparer.Ordinal).Count();
        var refines = supporters.Any(i => Relation(chosen, i) == ClaimRelationKind.Refines);
        var status = contesters.Count > 0 ? FactStatus.Disputed
            : origins <= 1 ? FactStatus.SingleSource
            : refines ? FactStatus.Refined
            : FactStatus.Settled;

        var value = statements[chosen].Statement;
        return new Fact(
            name,
            name == Size ? null : name == Place ? value.Value : value.Time,
            name == Size ? value.Quantity : null,
            name == Size ? Tokens.Of(value.Quantity!.Qualifier) : name == Place ? null : PrecisionOf(value.Time),
            status,
            value.Name,
            Names(supporters.Select(i => statements[i].Evidence)),
            Names(contesters.Select(i => statements[i].Evidence)));
    }

    /// <summary>"year", "month" or "day" for an ISO date of 1, 2 or 3 parts.</summary>
    public static string? PrecisionOf(string? date) => date?.Split('-').Length switch
    {
        1 => "year",
        2 => "month",
        3 => "day",
        _ => null,
    };

    /// <summary>An event happens in one place: two asserted places for it disagree (two different values are otherwise unrelated).</summary>
    private static ClaimRelation? DifferentPlaces(ClaimDefinition self, ClaimDefinition other) =>
        self.Predicate == Place && self.Stance == other.Stance && self.Stance == Stance.Asserted
            && !string.Equals(self.Value, other.Value, StringComparison.Ordinal)
            ? new ClaimRelation(ClaimRelationKind.Disagrees, $"different places for one event: {self.Value} and {other.Value}")
            : null;

    /// <summary>The claim read as a statement of this fact alone: what it says about the thing's date, place, value or figure.</summary>
    private static ClaimDefinition AsStatement(string name, string thing, ClaimDefinition claim, Func<string, EntityKind?> kindOf) => claim with
    {
        Predicate = name,
        About = [thing],
        Value = name == Place ? PlaceOf(thing, claim, kindOf) : null,
        Quantity = name == Size ? claim.Quantity : null,
        Time = name == Size ? claim.Time : name == Place ? null : claim.Time,
        Credibility = null,
    };

    /// <summary>Larger is more precise: a longer date, a narrower figure.</summary>
    private static double Precision(ClaimDefinition statement)
    {
        if (statement.Quantity is { } quantity)
        {
            var interval = QuantityInterval.Of(quantity);
            return -(interval.High - interval.Low);
        }

        return statement.Time?.Length ?? 0;
    }

    private static IReadOnlyList<string> Names(IEnumerable<FactEvidence> evidence) =>
        [.. evidence.OrderBy(e => e.FirstReportedOn, StringComparer.Ordinal).ThenBy(e => e.Claim.Name, StringComparer.Ordinal).Select(e => e.Claim.Name)];
}
