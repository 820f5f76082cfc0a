namespace Graph.Api.Reading;

/// <summary>What a <see cref="Projection"/> is compiled with: its parent's variable, its selection, fresh variables and parameters.</summary>
public sealed class ProjectionScope
{
    private readonly SelectionCompiler _compiler;

    internal ProjectionScope(SelectionCompiler compiler, string parent, FieldSelection field, string asOf)
    {
        _compiler = compiler;
        Parent = parent;
        Field = field;
        AsOf = asOf;
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
    /// <c>v {.*, labels: labels(v), _fetched: {...}}</c>.
    /// </summary>
    public string Map(string variable) => _compiler.Map(variable, Field.Definition.ResolvedType!, Field.SelectionSets, AsOf);

    /// <summary>
    /// The selection of a field below this one, reached by field names (<c>"relays", "entity"</c>), compiled
    /// over <paramref name="variable"/>; every occurrence of the path is merged.
    /// </summary>
    public string Map(string variable, params string[] path) => _compiler.Map(variable, Field.Definition.ResolvedType!, Field.SelectionSets, path, AsOf);

    /// <summary>The field's argument as given (literal or variable), with its default; null when absent.</summary>
    public object? Argument(string name) => _compiler.Arguments(Field).TryGetValue(name, out var value) ? value.Value : null;
}
