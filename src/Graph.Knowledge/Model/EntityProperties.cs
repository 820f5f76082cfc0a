namespace Graph.Knowledge.Model;

/// <summary>The closed set of kind-specific property names an <see cref="EntityDefinition"/> may carry.</summary>
public static class EntityProperties
{
    public const string Date = "date";
    public const string Start = "start";
    public const string End = "end";
    public const string Roles = "roles";
    public const string Obligations = "obligations";
    public const string SignedOn = "signedOn";
    public const string InForceOn = "inForceOn";

    public static IReadOnlyList<string> All { get; } = [Date, Start, End, Roles, Obligations, SignedOn, InForceOn];

    /// <summary>The names whose value is a list of strings rather than one string.</summary>
    public static IReadOnlyList<string> Lists { get; } = [Roles, Obligations];
}
