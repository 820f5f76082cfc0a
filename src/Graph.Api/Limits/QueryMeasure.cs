namespace Graph.Api.Limits;

/// <summary>
/// What <see cref="QueryCost"/> found for a selection: its cost (<see cref="Document"/> + <see cref="Answer"/>),
/// its data depth and its introspection nesting (the deepest path for each).
/// </summary>
public readonly record struct QueryMeasure(double Document, double Answer, int Depth, int OfTypeNesting, int IntrospectionListNesting)
{
    public double Cost => Document + Answer;

    /// <summary>Two selections side by side: costs add up, the deeper path counts.</summary>
    public QueryMeasure Beside(QueryMeasure other) => new(
        Document + other.Document,
        Answer + other.Answer,
        Math.Max(Depth, other.Depth),
        Math.Max(OfTypeNesting, other.OfTypeNesting),
        Math.Max(IntrospectionListNesting, other.IntrospectionListNesting));

    /// <summary>This field with <paramref name="children"/> under it: costs add up, the nestings too.</summary>
    public QueryMeasure Above(QueryMeasure children) => new(
        Document + children.Document,
        Answer + children.Answer,
        Depth + children.Depth,
        OfTypeNesting + children.OfTypeNesting,
        IntrospectionListNesting + children.IntrospectionListNesting);

    /// <summary>Under a list of <paramref name="size"/> items the answer repeats; the document does not.</summary>
    public QueryMeasure Times(int size) => this with { Answer = Answer * size };
}
