namespace Graph.Knowledge.Claims;

/// <summary>How one claim stands to another (docs/model.md, "Relations between claims").</summary>
public enum ClaimRelationKind
{
    /// <summary>The same statement in another form: equal content, or the same figure written another way.</summary>
    Same,

    /// <summary>This claim says the same as the other, more precisely (a day within its month, a figure within its range).</summary>
    Refines,

    /// <summary>The other claim says the same as this one, more precisely.</summary>
    RefinedBy,

    /// <summary>Both can be true and support each other: overlapping figures, or compatible statements.</summary>
    Agrees,

    /// <summary>Both cannot be true: one denies what the other asserts, the figures exclude each other, or a one-time event has two dates.</summary>
    Disagrees,
}
