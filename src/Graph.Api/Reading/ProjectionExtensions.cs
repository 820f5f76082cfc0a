using GraphQL.Builders;
using GraphQL.Types;

namespace Graph.Api.Reading;

/// <summary>Declares and finds a field's <see cref="Projection"/> (kept in the field's metadata).</summary>
public static class ProjectionExtensions
{
    private const string Key = "graph.projection";

    /// <summary>
    /// Declares what the field reads, as a Cypher expression over its parent's variable (see
    /// <see cref="Projection"/>). The <see cref="SelectionCompiler"/> puts the expression into the
    /// parent's map under the field's response name (its alias, else its name), and the field's resolver
    /// reads it back with <see cref="Fetched.TryFetched"/>. A field without a projection reads only
    /// the parent's properties, or (when the compiler cannot reach it) a batched loader.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Projects<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Projection projection)
    {
        field.FieldType.Metadata[Key] = projection;
        return field;
    }

    public static Projection? ProjectionOf(this IFieldType field) =>
        field.Metadata.TryGetValue(Key, out var value) ? value as Projection : null;
}
