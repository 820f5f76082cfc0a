namespace Graph.Api.Reading;

/// <summary>What a <see cref="Projection"/> is compiled with: its parent's variable, its selection, fresh variables and parameters.</summary>
public sealed class ProjectionScope
{
    private readonly SelectionCompiler _compiler;
    private readonly Dictionary<string, string> _shared;

    internal ProjectionScope(SelectionCompiler compiler, string parent, FieldSelection field, string asOf, Dictionary<string, string> shared)
    {
        _compiler = compiler;
        Parent = parent;
        Field = field;
        AsOf = asOf;
        _shared = shared;
    }

    /// <summary>The variable of the node the field belongs to.</summary>
    public string Parent { get; }

    public FieldSelection Field { get; }

    /// <summary>The parameter holding the day that applies to the field (<c>asOf</c>, null for everything known), e.g. <c>$p0</c>.</summary>
    public string AsOf { get; }

    /// <summary>A variable no other part of the statement uses.</summary>
    public string Variable() => _compiler.Variable();

    /// <summary>A parameter holding <paramref name="value"/>, e.g. <c>$p1</c>.</summary>
    public string Parameter(object? value) => _compiler.Parameter(value);

    /// <summary>
    /// The field's child selection compiled over <paramref name="variable"/>, a node of the field's type:
    /// <c>v {.id, .name, labels: labels(v), _fetched: {...}}</c> (the properties the selection reads, or <c>.*</c>:
    /// <see cref="ProjectionExtensions.Reads{TSource, TReturn}"/>).
    /// </summary>
    public string Map(string variable) => _compiler.Map(variable, Field.Definition.ResolvedType!, Field.SelectionSets, AsOf, Field.Definition.ItemPropertiesRead());

    /// <summary>
    /// The selection of a field below this one, reached by field names (<c>"relays", "entity"</c>), compiled
    /// over <paramref name="variable"/>; every occurrence of the path is merged.
    /// </summary>
    public string Map(string variable, params string[] path) => _compiler.Map(variable, Field.Definition.ResolvedType!, Field.SelectionSets, [path], AsOf, Field.Definition.ItemPropertiesRead());

    /// <summary>
    /// The selections of several fields below this one (each reached by field names, as in <see cref="Map(string, string[])"/>)
    /// compiled into one map over <paramref name="variable"/>, merged as GraphQL merges a field's occurrences:
    /// for lists of the same nodes that each show part of them, each reading its own keys.
    /// </summary>
    public string MergedMap(string variable, params IReadOnlyList<string>[] paths) =>
        _compiler.Map(variable, Field.Definition.ResolvedType!, Field.SelectionSets, paths, AsOf, Field.Definition.ItemPropertiesRead());

    /// <summary>
    /// An entry of the parent's map that several fields of one node read, compiled once: the first field
    /// of the node that names <paramref name="key"/> compiles <paramref name="expression"/> (a thing's fact
    /// evidence, which its <c>signedOn</c>, <c>inForceOn</c>, <c>ratifications</c> and <c>facts</c> all
    /// settle from). Returns the key as a Cypher string, for the field's own entry to carry; resolvers read
    /// the entry back with <see cref="Fetched.Shared"/>. A key holds characters no GraphQL name has
    /// (a space), so it never meets a response key.
    /// </summary>
    public string Shared(string key, Func<string> expression)
    {
        if (!key.Contains(' ', StringComparison.Ordinal) || key.Contains('\'', StringComparison.Ordinal) || key.Contains('`', StringComparison.Ordinal))
        {
            throw new ArgumentException($"A shared key holds a space and no quote: '{key}'.", nameof(key));
        }

        if (!_shared.ContainsKey(key))
        {
            _shared[key] = expression();
        }

        return $"'{key}'";
    }

    /// <summary>The field's argument as given (literal or variable), with its default; null when absent.</summary>
    public object? Argument(string name) => _compiler.Arguments(Field).TryGetValue(name, out var value) ? value.Value : null;
}
