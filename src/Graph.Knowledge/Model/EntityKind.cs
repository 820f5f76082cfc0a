namespace Graph.Knowledge.Model;

/// <summary>The kinds of thing; each maps to one label besides <see cref="Labels.Entity"/>.</summary>
public enum EntityKind
{
    Person,
    Country,
    Organization,
    Place,
    Treaty,
    Deployment,
    Event,
}
