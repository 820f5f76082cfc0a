namespace Graph.Knowledge.Model;

public static class EntityKindExtensions
{
    /// <summary>The kind label a node of this kind carries next to <see cref="Labels.Entity"/>.</summary>
    public static string Label(this EntityKind kind) => kind switch
    {
        EntityKind.Person => Labels.Person,
        EntityKind.Country => Labels.Country,
        EntityKind.Organization => Labels.Organization,
        EntityKind.Place => Labels.Place,
        EntityKind.Treaty => Labels.Treaty,
        EntityKind.Deployment => Labels.Deployment,
        EntityKind.Event => Labels.Event,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown entity kind"),
    };

    /// <summary>The word used in seed files and in the <c>kind</c> property: lower case.</summary>
    public static string Token(this EntityKind kind) => kind.Label().ToLowerInvariant();

    private static readonly EntityKind[] All = Enum.GetValues<EntityKind>();

    public static bool TryParseToken(string text, out EntityKind kind)
    {
        // The label ignoring case is the token ignoring case: no lower-case copy of every label on every call (the API parses
        // the kind of every thing a claim of a fact's evidence is about).
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Label(), text, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
