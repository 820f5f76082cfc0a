namespace Graph.Api.Reading;

/// <summary>What a <see cref="Projection"/> is compiled with: its parent's variable, its selection, fresh variables and parameters.</summary>
public sealed class ProjectionScope
{
    private readonly SelectionCompiler _compiler;
    private readonly SharedEntries _shared;

    internal ProjectionScope(SelectionCompiler compiler, string parent, FieldSelection field, string asOf, SharedEntries shared, IReadOnlyList<FieldSelection> siblings)
    {
        _compiler = compiler;
        Parent = parent;
        Field = field;
        AsOf = asOf;
        _shared = shared;
        Siblings = siblings;
    }

    /// <summary>The variable of the node the field belongs to.</summary>
    public string Parent { get; }

    public FieldSelection Field { get; }

    /// <summary>The name of the root field the statement answers (<c>claims</c>): what the variables it names (<see cref="Parent"/>) are.</summary>
    public string RootField => _compiler.Root.Definition.Name;

    /// <summary>
    /// Every field selected on the node the field belongs to, itself included: what an entry several of them share
    /// (<see cref="Shared"/>) may need to know of the others (a thing's fact evidence carries the claims its <c>facts</c> show).
    /// </summary>
    public IReadOnlyList<FieldSelection> Siblings { get; }

    /// <summary>The parameter holding the day that applies to the field (<c>asOf</c>, null for everything known), e.g. <c>$p0</c>.</summary>
    public string AsOf { get; }

    /// <summary>
    /// Whether <see cref="AsOf"/> holds a day. Without one, a projection leaves its as-of tests out rather
    /// than short-circuit them with <c>$p IS NULL OR ...</c>: Neo4j 3.1 may walk a test's pattern before the null test.
    /// </summary>
    public bool Dated => _compiler.Holds(AsOf);

    /// <summary>A variable no other part of the statement uses.</summary>
    public string Variable() => _compiler.Variable();

    /// <summary>A parameter holding <paramref name="value"/>, e.g. <c>$p1</c>.</summary>
    public string Parameter(object? value) => _compiler.Parameter(value);

    /// <summary>
    /// The field's child selection compiled over <paramref name="variable"/>, a node of the field's type:
    /// <c>v {.id, .name, labels: labels(v), _fetched: {...}}</c> (<see cref="SelectionCompiler"/>).
    /// </summary>
    public string Map(string variable) => _compiler.Map(variable, Field.Definition.ResolvedType!, Field.SelectionSets, AsOf);

    /// <summary>
    /// The selection of a field below this one, reached by field names (<c>"relays", "entity"</c>), compiled
    /// over <paramref name="variable"/>; every occurrence of the path is merged.
    /// </summary>
    public string Map(string variable, params string[] path) => _compiler.Map(variable, Field.Definition.ResolvedType!, Field.SelectionSets, [path], AsOf);

    /// <summary>
    /// The selections of several fields below this one (each reached by field names, as in <see cref="Map(string, string[])"/>)
    /// compiled into one map over <paramref name="variable"/>, merged as GraphQL merges a field's occurrences:
    /// for lists of the same nodes that each show part of them, each reading its own keys.
    /// </summary>
    public string MergedMap(string variable, params IReadOnlyList<string>[] paths) =>
        _compiler.Map(variable, Field.Definition.ResolvedType!, Field.SelectionSets, paths, AsOf);

    /// <summary>
    /// The selections below <paramref name="paths"/> of several fields of the node (<paramref name="fields"/>, from
    /// <see cref="Siblings"/>, all of one type), merged into one map over <paramref name="variable"/> as
    /// <see cref="MergedMap(string, IReadOnlyList{string}[])"/> merges one field's, with what <paramref name="extras"/> adds.
    /// </summary>
    public string MergedMap(string variable, IReadOnlyList<FieldSelection> fields, IReadOnlyList<IReadOnlyList<string>> paths, MapExtras extras) =>
        _compiler.Map(variable, fields[0].Definition.ResolvedType!, fields.SelectMany(f => f.SelectionSets), paths, AsOf, extras);

    /// <summary>The argument of a sibling field as given (literal or variable), with its default; null when absent.</summary>
    public object? ArgumentOf(FieldSelection field, string name) => _compiler.Arguments(field).TryGetValue(name, out var value) ? value.Value : null;

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
        _shared.Add(SharedKey(key), expression);
        return $"'{key}'";
    }

    /// <summary>
    /// A walk several fields of one node read, each its own part of every item, walked once: the first field
    /// that names <paramref name="key"/> declares its <paramref name="variables"/> fresh variables and how it is
    /// written (<paramref name="walk"/>: over the variables, each item carrying the parts map it is given under <c>parts</c>); each field adds
    /// <paramref name="part"/>, over the same variables, under its response key (a claim's quote, attributedTo,
    /// via, reportedIn and reports are each read from one walk of its reports). Returns the field's entry,
    /// the string <c>'key|responseKey'</c> (<see cref="Fetched.Reference"/>); resolvers read their part back with <see cref="Fetched.Parts"/>.
    /// A part that another part of the same item already fetches is not walked twice: the entry then also names
    /// where it is (<c>path</c>), e.g. a claim's <c>attributedTo</c> in its <c>reports</c>' <c>originatedBy</c> (<see cref="SharedEntries"/>).
    /// </summary>
    public string SharedWalk(string key, int variables, Func<IReadOnlyList<string>, string, string> walk, Func<IReadOnlyList<string>, string> part) =>
        _shared.AddPart(SharedKey(key), () => [.. Enumerable.Range(0, variables).Select(_ => Variable())], walk, Field.Key, part);

    private static string SharedKey(string key) =>
        !key.Contains(' ', StringComparison.Ordinal) || key.IndexOfAny(['\'', '`', '|']) >= 0
            ? throw new ArgumentException($"A shared key holds a space and no quote or '|': '{key}'.", nameof(key))
            : key;

    /// <summary>The field's argument as given (literal or variable), with its default; null when absent.</summary>
    public object? Argument(string name) => ArgumentOf(Field, name);
}
