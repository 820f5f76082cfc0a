using System.Text.RegularExpressions;
using GraphQL.Builders;
using GraphQL.Types;

namespace Graph.Api.Reading;

/// <summary>Declares and finds a field's <see cref="Projection"/> and the node properties it reads (kept in metadata).</summary>
public static partial class ProjectionExtensions
{
    private const string Key = "graph.projection";
    private const string ReadsKey = "graph.reads";
    private const string ItemsKey = "graph.reads.items";

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
    /// Declares the stored properties of its parent node the field's resolver reads (none: it reads only the
    /// node's id and labels, or what its <see cref="Projection"/> fetched). When every field a map selects
    /// declares them, and so does the node's type (<see cref="ReadsProperties(IComplexGraphType, string[])"/>),
    /// the compiled map carries only those properties (<c>v {.id, .name, ...}</c>) instead of all
    /// (<c>v {.*}</c>): Neo4j reads each property it projects. A field that does not declare keeps <c>.*</c>.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] properties)
    {
        field.FieldType.Metadata[ReadsKey] = Checked(properties);
        return field;
    }

    /// <summary><see cref="Reads{TSource, TReturn}"/> for fields of <paramref name="type"/> defined elsewhere, by name.</summary>
    public static void Reads(this IComplexGraphType type, string field, params string[] properties) =>
        (type.GetField(field) ?? throw new ArgumentException($"{type.Name} has no field {field}.", nameof(field))).Metadata[ReadsKey] = Checked(properties);

    /// <summary>
    /// Declares the properties code other than the type's own fields reads from every node map of
    /// <paramref name="type"/> (a sort key, what a rule decides on); the id is always read. A type that does
    /// not declare them keeps <c>.*</c> in its maps.
    /// </summary>
    public static void ReadsProperties(this IComplexGraphType type, params string[] properties) =>
        type.Metadata[ReadsKey] = Checked(properties);

    /// <summary>
    /// Declares the properties the field's resolver reads from the nodes its projection compiles maps of
    /// (<see cref="ProjectionScope.Map(string)"/>) beyond what their own selection reads: the definition of
    /// each claim a claim is compared with. They are added to those maps when they are narrowed.
    /// </summary>
    public static void ReadsOfItems(this IComplexGraphType type, string field, params string[] properties) =>
        (type.GetField(field) ?? throw new ArgumentException($"{type.Name} has no field {field}.", nameof(field))).Metadata[ItemsKey] = Checked(properties);

    /// <summary>What <see cref="ReadsOfItems"/> declared for the field; none when nothing was.</summary>
    public static IReadOnlyList<string> ItemPropertiesRead(this IFieldType field) =>
        field.Metadata.TryGetValue(ItemsKey, out var value) && value is string[] properties ? properties : [];

    /// <summary>What <see cref="Reads{TSource, TReturn}"/> or <see cref="ReadsProperties"/> declared; null when nothing was.</summary>
    public static IReadOnlyList<string>? PropertiesRead(this IProvideMetadata reader) =>
        reader.Metadata.TryGetValue(ReadsKey, out var value) ? value as string[] : null;

    private static string[] Checked(string[] properties) =>
        properties.All(p => PropertyName().IsMatch(p)) ? properties : throw new ArgumentException($"Not a property name: {string.Join(", ", properties)}.", nameof(properties));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex PropertyName();
}
