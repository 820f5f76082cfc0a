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
    /// Returns the field's entry: the Cypher string <c>'key|name'</c> (<see cref="Fetched.Reference"/>).
    /// </summary>
    public string AddPart(string key, Func<IReadOnlyList<string>> variables, Func<IReadOnlyList<string>, string, string> write, string name, Func<IReadOnlyList<string>, string> part)
    {
        if (!_walks.TryGetValue(key, out var walk))
        {
            walk = new Walk(variables(), write);
            _walks[key] = walk;
        }

        if (walk.Parts.TryAdd(name, part(walk.Variables)))
        {
            walk.References[name] = Reference(key, name, []);
        }

        return walk.References[name];
    }

    /// <summary>
    /// Every entry as compiled: a walk's items carry each field's part under the field's response key.
    /// A part that another part of the same item already holds is read from there instead of walked again
    /// (<see cref="PartsInOthers"/>): its field's entry in <paramref name="entries"/> (the node's compiled fields)
    /// then names the part and the path to it, <c>'key|reports|_fetched/originatedBy'</c>.
    /// <paramref name="mapOf"/> tells what a node map the compiler wrote holds (null for other text), <paramref name="canonical"/>
    /// writes an expression with the variables it binds renamed in order (<see cref="SelectionCompiler.Canonical"/>).
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> Compiled(Func<string, MapShape?> mapOf, Func<string, IReadOnlyList<string>, string> canonical, IDictionary<string, string> entries)
    {
        var compiled = new List<KeyValuePair<string, string>>(_expressions);
        foreach (var (key, walk) in _walks)
        {
            var parts = new Dictionary<string, string>(walk.Parts, StringComparer.Ordinal);
            foreach (var (name, (holder, path)) in PartsInOthers(mapOf, canonical, walk))
            {
                // Only a field whose entry is the walk's reference itself (not an expression around it) reads it elsewhere.
                if (entries.TryGetValue(name, out var entry) && entry == walk.References[name])
                {
                    entries[name] = Reference(key, holder, path);
                    parts.Remove(name);
                }
            }

            compiled.Add(KeyValuePair.Create(key,
                walk.Write(walk.Variables, $"{{{string.Join(", ", parts.Select(p => $"`{p.Key}`: {p.Value}"))}}}")));
        }

        return compiled;
    }

    /// <summary>
    /// The parts another part of the item already holds, with that part and the path to the value in it: a part that
    /// is a node map over one of the walk's variables (<c>reports</c>: <c>r {.quote, _fetched: {originatedBy: [...]}}</c>)
    /// holds a property of that variable it fetches (<c>quote</c>: <c>r.quote</c>) and each of its compiled fields whose
    /// expression is the part's, but for the names of the variables bound inside (<c>attributedTo</c>: the same
    /// <c>[(r)-[:ORIGINATED_BY]->(o:Entity) | o {.id, .name}]</c>). A part that is itself a node map is always walked.
    /// </summary>
    private static Dictionary<string, (string Holder, IReadOnlyList<string> Path)> PartsInOthers(Func<string, MapShape?> mapOf, Func<string, IReadOnlyList<string>, string> canonical, Walk walk)
    {
        var found = new Dictionary<string, (string, IReadOnlyList<string>)>(StringComparer.Ordinal);
        // Each holder's compiled fields by their canonical text, written once (the first field of a text names it).
        var holders = walk.Parts
            .Select(p => (Name: p.Key, Map: mapOf(p.Value)))
            .Where(h => h.Map is { } map && walk.Variables.Contains(map.Variable))
            .Select(h => (h.Name, Map: h.Map!, Entries: h.Map!.Entries
                .GroupBy(e => canonical(e.Value, walk.Variables), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal)))
            .ToList();
        if (holders.Count == 0)
        {
            return found;
        }

        foreach (var (name, expression) in walk.Parts)
        {
            if (mapOf(expression) is not null)
            {
                continue;
            }

            var written = canonical(expression, walk.Variables);
            foreach (var (holder, map, entries) in holders)
            {
                if (map.Properties is { } properties && properties.Any(p => expression == $"{map.Variable}.{p}"))
                {
                    found[name] = (holder, [expression[(map.Variable.Length + 1)..]]);
                    break;
                }

                if (entries.TryGetValue(written, out var entry))
                {
                    found[name] = (holder, [SelectionCompiler.FetchedKey, entry]);
                    break;
                }
            }
        }

        return found;
    }

    private static string Reference(string key, string part, IReadOnlyList<string> path) => $"'{Fetched.Reference(key, part, path)}'";

    private sealed record Walk(IReadOnlyList<string> Variables, Func<IReadOnlyList<string>, string, string> Write)
    {
        public Dictionary<string, string> Parts { get; } = new(StringComparer.Ordinal);

        /// <summary>Each part's entry for its field, as the field's projection was given it.</summary>
        public Dictionary<string, string> References { get; } = new(StringComparer.Ordinal);
    }
}
