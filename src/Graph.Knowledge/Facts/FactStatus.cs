namespace Graph.Knowledge.Facts;

/// <summary>How firmly the claims behind a fact settle its value (docs/model.md, "Facts come from claims").</summary>
public enum FactStatus
{
    /// <summary>Claims with at least two independent origins say the same, and none contests it.</summary>
    Settled,

    /// <summary>The value is the most precise of compatible claims (a day within the month others give); none contests it.</summary>
    Refined,

    /// <summary>A claim contests the value (another date for a one-time event, a figure that excludes it, a denial), or no value settles.</summary>
    Disputed,

    /// <summary>Uncontested, but every claim behind it comes from one independent origin (or none is named).</summary>
    SingleSource,
}
