namespace Graph.Api.Reading;

/// <summary>
/// The entries of one node's map that several of its fields read (<see cref="ProjectionScope.Shared"/> and
/// <see cref="ProjectionScope.SharedWalk"/>), compiled once per node and added to its map after its fields.
/// </summary>
internal sealed class SharedEntries
{
    private readonly Dictionary<string, string> _expressions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Walk> _walks = new(StringComparer.Ordinal);

    /// <summary>Compiles <paramref name="expression"/> for the first field that names <paramref name="key"/> only: the others read its entry.</summary>
    public void Add(string key, Func<string> expression)
    {
        if (!_expressions.ContainsKey(key))
        {
            _expressions[key] = expression();
        }
    }

    /// <summary>
    /// Adds <paramref name="part"/> (built over the walk's variables) to the walk named <paramref name="key"/>, which the
    /// first field that names it declares with its <paramref name="variables"/> fresh variables and how it is written.
    /// </summary>
    public void AddPart(string key, Func<IReadOnlyList<string>> variables, Func<IReadOnlyList<string>, string, string> write, string name, Func<IReadOnlyList<string>, string> part)
    {
        if (!_walks.TryGetValue(key, out var walk))
        {
            walk = new Walk(variables(), write);
            _walks[key] = walk;
        }

        walk.Parts.TryAdd(name, part(walk.Variables));
    }

    /// <summary>Every entry as compiled: a walk's items carry each field's part under the field's response key.</summary>
    public IEnumerable<KeyValuePair<string, string>> Compiled() =>
        _expressions.Concat(_walks.Select(w => KeyValuePair.Create(w.Key,
            w.Value.Write(w.Value.Variables, $"{{{string.Join(", ", w.Value.Parts.Select(p => $"`{p.Key}`: {p.Value}"))}}}"))));

    private sealed record Walk(IReadOnlyList<string> Variables, Func<IReadOnlyList<string>, string, string> Write)
    {
        public Dictionary<string, string> Parts { get; } = new(StringComparer.Ordinal);
    }
}
