using Graph.Knowledge.Model;

namespace Graph.Knowledge.Claims;

/// <summary>
/// How two claims stand to each other (docs/model.md, "Relations between claims"): a pure function
/// of their content. Claims are compared only when they share the predicate and one is about all the
/// things the other is about (the same subject: "North Korea ratified the treaty" and "Russia ratified
/// the treaty" are about different ratifications); otherwise they are unrelated (null).
/// </summary>
public static class ClaimRelations
{
    /// <summary>
    /// The relation of <paramref name="self"/> to <paramref name="other"/>, or null when unrelated.
    /// <paramref name="oneTimeEvent"/>: the claims are about something that happens once (a signing,
    /// a ratification; see <see cref="IsOneTimeEvent"/>), so two dates for it cannot both be right.
    /// </summary>
    public static ClaimRelation? Between(ClaimDefinition self, ClaimDefinition other, bool oneTimeEvent)
    {
        if (self.Predicate != other.Predicate || !SameSubject(self, other))
        {
            return null;
        }

        var time = CompareTime(self.Time, other.Time);
        if (self.Stance != other.Stance)
        {
            return OppositeStances(self, other, time);
        }

        if (time == Precision.Apart)
        {
            // Figures for clearly different times can both be true; an event that happens once cannot have two dates.
            return oneTimeEvent && self.Quantity is null && other.Quantity is null
                ? new ClaimRelation(ClaimRelationKind.Disagrees, $"different dates for one event: {self.Time} and {other.Time}")
                : null;
        }

        if (self.Quantity is { } a && other.Quantity is { } b)
        {
            var left = QuantityInterval.Of(a);
            var right = QuantityInterval.Of(b);
            if (left.Unit != right.Unit)
            {
                return null;
            }

            if (!left.Overlaps(right))
            {
                return new ClaimRelation(ClaimRelationKind.Disagrees, $"the figures exclude each other: {Figure(a)} and {Figure(b)}");
            }
        }

        var figure = CompareQuantity(self.Quantity, other.Quantity);
        if (figure == Precision.Apart)
        {
            return new ClaimRelation(ClaimRelationKind.Agrees, $"the figures overlap: {Figure(self.Quantity!)} and {Figure(other.Quantity!)}");
        }

        // Two different values ("obliges mutual support", "obliges consultations") are two statements, not one said twice.
        var value = CompareValue(self.Value, other.Value);
        if (value == Precision.Apart)
        {
            return null;
        }

        return Combine(self, other, time, figure, value);
    }

    /// <summary>One claim is about every thing the other is about.</summary>
    public static bool SameSubject(ClaimDefinition self, ClaimDefinition other) =>
        self.About.All(other.About.Contains) || other.About.All(self.About.Contains);

    /// <summary>
    /// A claim is about a one-time event when it is about an event thing (a signing, a ratification)
    /// or its predicate is one of <see cref="OneTimePredicates"/>.
    /// </summary>
    public static bool IsOneTimeEvent(ClaimDefinition claim, Func<string, bool> isEvent) =>
        OneTimePredicates.Contains(claim.Predicate) || claim.About.Any(isEvent);

    /// <summary>Predicates that name something that happens once, whatever the claim is about.</summary>
    public static IReadOnlyList<string> OneTimePredicates { get; } =
        ["signed", "ratified", "signed-ratification-decree", "entered-into-force", "agreed-at-summit"];

    private static ClaimRelation? OppositeStances(ClaimDefinition self, ClaimDefinition other, Precision time)
    {
        if (time == Precision.Apart)
        {
            return null;
        }

        // Denying one figure while asserting another that it excludes is not a contradiction ("not 12,000 but 500").
        if (self.Quantity is { } a && other.Quantity is { } b && !QuantityInterval.Of(a).Overlaps(QuantityInterval.Of(b)))
        {
            return null;
        }

        if (CompareValue(self.Value, other.Value) == Precision.Apart)
        {
            return null;
        }

        var (asserts, denies) = self.Stance == Stance.Denied ? ("the other", "this one") : ("this one", "the other");
        return new ClaimRelation(ClaimRelationKind.Disagrees, $"{asserts} asserts what {denies} denies");
    }

    private static ClaimRelation Combine(ClaimDefinition self, ClaimDefinition other, Precision time, Precision figure, Precision value)
    {
        var all = new[] { time, figure, value };
        if (all.All(p => p == Precision.Same))
        {
            var how = self.About.Order().SequenceEqual(other.About.Order()) ? "in another form" : "about overlapping things";
            return new ClaimRelation(ClaimRelationKind.Same, $"the same statement {how}");
        }

        if (all.All(p => p is Precision.Same or Precision.SelfMore))
        {
            return new ClaimRelation(ClaimRelationKind.Refines, "more precise: " + Finer(self, other, time, figure, value));
        }

        if (all.All(p => p is Precision.Same or Precision.OtherMore))
        {
            return new ClaimRelation(ClaimRelationKind.RefinedBy, "the other is more precise: " + Finer(other, self, Flip(time), Flip(figure), Flip(value)));
        }

        return new ClaimRelation(ClaimRelationKind.Agrees, "compatible, each more precise in one respect");
    }

    /// <summary>What the finer claim adds, e.g. <c>2024-06-19 is within 2024-06</c>.</summary>
    private static string Finer(ClaimDefinition fine, ClaimDefinition coarse, Precision time, Precision figure, Precision value)
    {
        var parts = new List<string>();
        if (time == Precision.SelfMore)
        {
            parts.Add(coarse.Time is null ? $"gives a time ({fine.Time})" : $"{fine.Time} is within {coarse.Time}");
        }

        if (figure == Precision.SelfMore)
        {
            parts.Add(coarse.Quantity is null ? $"gives a figure ({Figure(fine.Quantity!)})" : $"{Figure(fine.Quantity!)} is within {Figure(coarse.Quantity)}");
        }

        if (value == Precision.SelfMore)
        {
            parts.Add($"says '{fine.Value}'");
        }

        return string.Join("; ", parts);
    }

    private static string Figure(Quantity quantity) => quantity.Qualifier switch
    {
        QuantityQualifier.Range => $"{N(quantity.Low)}-{N(quantity.High)} {quantity.Unit}",
        QuantityQualifier.Exact => $"{N(quantity.Value)} {quantity.Unit}",
        QuantityQualifier.Approximately => $"about {N(quantity.Value)} {quantity.Unit}",
        QuantityQualifier.LessThan => $"fewer than {N(quantity.Value)} {quantity.Unit}",
        _ => $"{Tokens.Of(quantity.Qualifier).Replace('-', ' ')} {N(quantity.Value)} {quantity.Unit}",
    };

    private static string N(double? number) => number is { } n ? n.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) : "?";

    /// <summary>
    /// ISO dates compared at their precision: equal, one within the other (a day within its month), or apart.
    /// A claim without a time does not say when: any time fits it, so a dated claim is the more precise.
    /// </summary>
    internal static Precision CompareTime(string? self, string? other)
    {
        if (self == other)
        {
            return Precision.Same;
        }

        if (other is null || (self is not null && self.StartsWith(other + "-", StringComparison.Ordinal)))
        {
            return Precision.SelfMore;
        }

        if (self is null || other.StartsWith(self + "-", StringComparison.Ordinal))
        {
            return Precision.OtherMore;
        }

        return Precision.Apart;
    }

    /// <summary>Equal intervals, one within the other, or overlapping (<see cref="Precision.Apart"/>); a figure is more precise than none.</summary>
    private static Precision CompareQuantity(Quantity? self, Quantity? other)
    {
        if (self is null || other is null)
        {
            return self is null && other is null ? Precision.Same : self is null ? Precision.OtherMore : Precision.SelfMore;
        }

        var left = QuantityInterval.Of(self);
        var right = QuantityInterval.Of(other);
        return left.SameAs(right) ? Precision.Same : left.Within(right) ? Precision.SelfMore : right.Within(left) ? Precision.OtherMore : Precision.Apart;
    }

    private static Precision CompareValue(string? self, string? other)
    {
        if (self is null || other is null)
        {
            return self is null && other is null ? Precision.Same : self is null ? Precision.OtherMore : Precision.SelfMore;
        }

        return string.Equals(ClaimKey.NormalValue(self), ClaimKey.NormalValue(other), StringComparison.Ordinal) ? Precision.Same : Precision.Apart;
    }

    private static Precision Flip(Precision precision) => precision switch
    {
        Precision.SelfMore => Precision.OtherMore,
        Precision.OtherMore => Precision.SelfMore,
        _ => precision,
    };

    internal enum Precision
    {
        Same,
        SelfMore,
        OtherMore,
        Apart,
    }
}
