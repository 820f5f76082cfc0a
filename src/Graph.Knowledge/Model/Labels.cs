namespace Graph.Knowledge.Model;

/// <summary>The closed set of node labels (docs/model.md). Cypher takes labels only from here, never from input.</summary>
public static class Labels
{
    public const string Entity = "Entity";
    public const string Person = "Person";
    public const string Country = "Country";
    public const string Organization = "Organization";
    public const string Place = "Place";
    public const string Treaty = "Treaty";
    public const string Deployment = "Deployment";
    public const string Event = "Event";
    public const string Claim = "Claim";
    public const string Report = "Report";
    public const string Article = "Article";

    public static IReadOnlyList<string> All { get; } =
        [Entity, Person, Country, Organization, Place, Treaty, Deployment, Event, Claim, Report, Article];

    /// <summary>The kind labels of things (<see cref="EntityKind"/>), each carried next to <see cref="Entity"/> and in the thing's <c>kind</c> property.</summary>
    public static IReadOnlySet<string> ThingKinds { get; } = new HashSet<string>([Person, Country, Organization, Place, Treaty, Deployment, Event], StringComparer.Ordinal);
}
