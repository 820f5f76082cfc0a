using GraphQL.Builders;
using GraphQL.Types;

namespace Graph.Api.Reading;

/// <summary>Declares and finds a field's <see cref="Projection"/> (kept in the field's metadata).</summary>
public static class ProjectionExtensions
{
    private const string Key = "graph.projection";
    private const string ReadsKey = "graph.reads";
    private const string AlwaysKey = "graph.always";

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

    /// <summary>
    /// Declares the node properties the field's resolver (and the child fields of a value read off the same
    /// node, as <c>quantity { value }</c>) reads, none for a field that reads only its projection. When every
    /// field of a selection declares its reads, the node's map fetches only those properties (and the id, and
    /// what <see cref="AlwaysFetches"/> names) instead of <c>.*</c>: in Neo4j 3.1 each property read is a db hit.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] properties)
    {
        field.FieldType.Metadata[ReadsKey] = properties;
        return field;
    }

    public static IReadOnlyList<string>? ReadsOf(this IFieldType field) =>
        field.Metadata.TryGetValue(ReadsKey, out var value) ? value as string[] : null;

    /// <summary>
    /// The properties a node of <paramref name="type"/> always carries in a narrowed map (see <see cref="Reads"/>), for
    /// code that reads them outside the type's own fields (a list sorted by name, articles by day).
    /// </summary>
    public static void AlwaysFetches(this IGraphType type, params string[] properties) => type.Metadata[AlwaysKey] = properties;

    public static IReadOnlyList<string> AlwaysFetched(this IGraphType type) =>
        type.Metadata.TryGetValue(AlwaysKey, out var value) && value is string[] properties ? properties : [];
}
