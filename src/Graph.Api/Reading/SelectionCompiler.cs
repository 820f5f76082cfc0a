using System.Globalization;
using Graph.Knowledge.Model;
using Graph.Knowledge.Validation;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.Api.Reading;

/// <summary>
/// Compiles the selection of a root field into the Cypher that fetches everything below it, so that
/// the whole operation costs one Neo4j request (issue 12). Each node becomes a map projection
/// <c>v {.statement, .time, labels: labels(v), _fetched: {`key`: expression, ...}}</c>: the properties its
/// fields read (<see cref="ProjectionExtensions.Reads"/>; every property, <c>.*</c>, when a selected field does
/// not say), its labels, and, under each response key, the <see cref="Projection"/> of the fields that declare
/// one (relationships, as pattern comprehensions whose items are compiled the same way, recursively).
/// Fragments, inline fragments and @skip/@include are resolved as GraphQL collects fields; under an
/// interface, each concrete type's fields are guarded by its label (<c>CASE WHEN v:Country THEN ...</c>).
/// Values only ever reach the text as parameters (<see cref="Parameters"/>), variables are generated.
/// </summary>
public sealed class SelectionCompiler
{
    /// <summary>The key of a node map under which the compiled fields sit, by response key (<see cref="Fetched"/>).</summary>
    public const string FetchedKey = "_fetched";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, System.Text.RegularExpressions.Regex> VariablePatterns = new(StringComparer.Ordinal);

    private readonly IResolveFieldContext _context;
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private readonly string _prefix;
    private readonly System.Text.RegularExpressions.Regex _variablePattern;
    private readonly Dictionary<string, MapShape> _maps = new(StringComparer.Ordinal);
    private readonly List<(IObjectGraphType Type, IReadOnlyList<GraphQLSelectionSet> Sets, IReadOnlyList<FieldSelection> Fields)> _collected = [];
    private int _variables;

    /// <param name="context">the root field being compiled.</param>
    /// <param name="asOf">the day that applies at the root (null: everything known).</param>
    /// <param name="prefix">starts the generated names; distinct per statement sent together.</param>
    public SelectionCompiler(IResolveFieldContext context, string? asOf, string prefix = "_")
    {
        _context = context;
        _prefix = prefix;
        _variablePattern = VariablePattern(prefix);
        RootAsOf = Parameter(asOf);
        Root = new FieldSelection(context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue, context.FieldDefinition, [context.FieldAst]);
    }

    public FieldSelection Root { get; }

    /// <summary>The parameter holding the root's day.</summary>
    public string RootAsOf { get; }

    public IReadOnlyDictionary<string, object?> Parameters => _parameters;

    /// <summary>The root field's selection (or the field reached from it by <paramref name="path"/>) compiled over <paramref name="variable"/>.</summary>
    public string RootMap(string variable, params string[] path) =>
        Map(variable, Root.Definition.ResolvedType!, Root.SelectionSets, [path], RootAsOf);

    /// <summary>
    /// Whether the operation selects the object field reached from the root by <paramref name="path"/> (field names):
    /// whether any selection set is found below it.
    /// </summary>
    public bool RootSelects(params string[] path) => Follow(Root.Definition.ResolvedType!, Root.SelectionSets, path).Sets.Count > 0;

    /// <summary>The selections at several <paramref name="paths"/> from the root merged into one map over <paramref name="variable"/> (<see cref="ProjectionScope.MergedMap"/>).</summary>
    public string RootMergedMap(string variable, params IReadOnlyList<string>[] paths) =>
        Map(variable, Root.Definition.ResolvedType!, Root.SelectionSets, paths, RootAsOf);

    internal string Variable() => string.Create(CultureInfo.InvariantCulture, $"{_prefix}v{_variables++}");

    internal string Parameter(object? value)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{_prefix}p{_parameters.Count}");
        _parameters[name] = value;
        return "$" + name;
    }

    /// <summary>Whether the parameter (<c>$p0</c>) holds a value.</summary>
    internal bool Holds(string parameter) => _parameters.TryGetValue(parameter.TrimStart('$'), out var value) && value is not null;

    /// <summary>
    /// The selection at each of <paramref name="paths"/> (field names) below <paramref name="sets"/>, all compiled
    /// into one map over <paramref name="variable"/>, merged as GraphQL merges a field's occurrences: one path,
    /// or several for lists of the same nodes that each show part of them (a fact's <c>supportedBy</c> and <c>contestedBy</c>).
    /// </summary>
    internal string Map(string variable, IGraphType type, IEnumerable<GraphQLSelectionSet> sets, IEnumerable<IReadOnlyList<string>> paths, string asOf, MapExtras? extras = null)
    {
        var followed = paths.Select(path => Follow(type, sets, path)).ToList();
        return Map(variable, followed[0].Type, followed.SelectMany(f => f.Sets), asOf, extras);
    }

    internal string Map(string variable, IGraphType type, IEnumerable<GraphQLSelectionSet> sets, string asOf, MapExtras? extras = null)
    {
        var (named, selection) = (type.GetNamedType(), sets.ToList());
        var added = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = Entries(variable, named, selection, asOf, extras, added);
        var fetched = entries.Count == 0 ? string.Empty : $", {FetchedKey}: {{{string.Join(", ", entries.Select(e => $"`{e.Key}`: {e.Value}"))}}}";
        // With extras the map reads what they read besides (MapExtras.Reads), else every property.
        IReadOnlyList<string>? read = (extras is null || extras.Reads is not null) && Properties(named, selection) is { } selected
            ? extras?.Reads is { } reads ? [.. selected.Concat(reads).Distinct(StringComparer.Ordinal)] : selected
            : null;
        var properties = read is not null ? string.Join(", ", read.Select(p => "." + p)) : ".*";
        var map = $"{variable} {{{properties}, labels: {LabelsOf(variable, named)}{string.Concat(added.Select(e => $", `{e.Key}`: {e.Value}"))}{fetched}}}";
        _maps[map] = new MapShape(variable, read, entries);
        return map;
    }

    /// <summary>What a node map this compiler wrote (<see cref="Map(string, IGraphType, IEnumerable{GraphQLSelectionSet}, string)"/>) holds; null for any other text.</summary>
    internal MapShape? MapOf(string expression) => _maps.GetValueOrDefault(expression);

    /// <summary>
    /// <paramref name="expression"/> with the variables it binds itself renamed in the order they appear (all but
    /// <paramref name="free"/>), so that two compilations of one selection over the same free variables read alike.
    /// A variable name inside backticks is a response key, not a variable, and stays.
    /// </summary>
    internal string Canonical(string expression, IReadOnlyList<string> free) => Canonical(expression, free, _variablePattern);

    /// <inheritdoc cref="Canonical(string, IReadOnlyList{string})"/>
    /// <param name="prefix">the prefix of the compiler's generated names (<c>_</c>: variables <c>_v0</c>, <c>_v1</c> ...).</param>
    internal static string Canonical(string expression, IReadOnlyList<string> free, string prefix) => Canonical(expression, free, VariablePattern(prefix));

    private static string Canonical(string expression, IReadOnlyList<string> free, System.Text.RegularExpressions.Regex variables)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return variables.Replace(expression, m =>
            free.Contains(m.Value) ? m.Value
            : names.TryGetValue(m.Value, out var known) ? known
            : names[m.Value] = $"#{names.Count}");
    }

    /// <summary>A generated variable (<c>_v12</c>): not part of a longer name, a property (<c>.x</c>), a parameter (<c>$x</c>) or a backticked key.</summary>
    private static System.Text.RegularExpressions.Regex VariablePattern(string prefix) => VariablePatterns.GetOrAdd(prefix, p =>
        new System.Text.RegularExpressions.Regex($@"(?<![`$.\w]){System.Text.RegularExpressions.Regex.Escape(p)}v\d+(?![\w`])", System.Text.RegularExpressions.RegexOptions.CultureInvariant));

    /// <summary>
    /// A claim, report or article reached as such has that one label: written as a string, not read with
    /// <c>labels(v)</c> (on Neo4j 3.1 a third of a claim page's projection time) nor as a list literal (which 3.1 builds
    /// anew for every node: 0.5-1 ms more for a page of 50 claims with their reports). A thing (of one kind, or any:
    /// the <c>Entity</c> interface) names its kind in its <c>kind</c> property, which the importer sets with its kind label:
    /// read, it costs about half of <c>labels(v)</c>, which is read only for a thing without it (written by other means).
    /// <see cref="Nodes.NodeRecord.From"/> reads a list or one label.
    /// Any other type (the <c>Node</c> interface) reads the labels.
    /// </summary>
    private static string LabelsOf(string variable, IGraphType type) =>
        type is IObjectGraphType && type.Name is Labels.Claim or Labels.Report or Labels.Article ? $"'{type.Name}'"
        : IsThing(type) ? $"coalesce({variable}.kind, labels({variable}))"
        : $"labels({variable})";

    /// <summary>Whether every node of <paramref name="type"/> is a thing: a kind of thing, or an interface only things implement.</summary>
    private static bool IsThing(IGraphType type) => type switch
    {
        IObjectGraphType objectType => Labels.ThingKinds.Contains(objectType.Name),
        IAbstractGraphType abstractType => abstractType.PossibleTypes.Count > 0 && abstractType.PossibleTypes.All(t => Labels.ThingKinds.Contains(t.Name)),
        _ => false,
    };

    /// <summary>
    /// The properties the selection's fields read (<see cref="ProjectionExtensions.Reads"/>), with the id and what the
    /// type always fetches; null (every property) when a field does not say what it reads.
    /// </summary>
    private IReadOnlyList<string>? Properties(IGraphType type, IReadOnlyList<GraphQLSelectionSet> sets)
    {
        var types = type switch
        {
            IObjectGraphType objectType => [objectType],
            IAbstractGraphType abstractType => abstractType.PossibleTypes.Where(t => Labels.All.Contains(t.Name)).ToList(),
            _ => [],
        };
        var properties = new List<string> { "id" };
        foreach (var objectType in types)
        {
            properties.AddRange(objectType.AlwaysFetched());
            foreach (var field in Collect(objectType, sets))
            {
                if (field.Definition.ReadsOf() is not { } reads)
                {
                    return null;
                }

                properties.AddRange(reads);
            }
        }

        return types.Count == 0 ? null : [.. properties.Distinct(StringComparer.Ordinal)];
    }

    internal IDictionary<string, ArgumentValue> Arguments(FieldSelection field) =>
        _context.ExecutionContext.GetArguments(field.Definition, field.Nodes[0]) ?? new Dictionary<string, ArgumentValue>();

    /// <summary>The compiled fields of a node of <paramref name="type"/>, by response key.</summary>
    private Dictionary<string, string> Entries(string variable, IGraphType type, IReadOnlyList<GraphQLSelectionSet> sets, string asOf, MapExtras? extras = null, Dictionary<string, string>? added = null)
    {
        if (type is IObjectGraphType objectType)
        {
            return ObjectEntries(variable, objectType, sets, asOf, extras, added);
        }

        if (extras is not null)
        {
            throw new InvalidOperationException($"Extras are compiled for a node of one type, not of {type.Name}.");
        }

        if (type is not IAbstractGraphType abstractType)
        {
            return [];
        }

        // Each concrete type compiles its own fields; a key every type compiles alike needs no guard.
        var types = abstractType.PossibleTypes.Where(t => Labels.All.Contains(t.Name)).ToList();
        var byType = types.Select(t => (Type: t, Entries: ObjectEntries(variable, t, sets, asOf, null, null))).ToList();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in byType.SelectMany(t => t.Entries.Keys).Distinct(StringComparer.Ordinal))
        {
            var cases = byType.Where(t => t.Entries.ContainsKey(key))
                .GroupBy(t => t.Entries[key], StringComparer.Ordinal)
                .Select(g => (Expression: g.Key, Labels: g.Select(t => t.Type.Name).ToList()))
                .ToList();
            result[key] = cases.Count == 1 && cases[0].Labels.Count == abstractType.PossibleTypes.Count
                ? cases[0].Expression
                : $"CASE {string.Join(" ", cases.Select(c => $"WHEN {string.Join(" OR ", c.Labels.Select(l => $"{variable}:{l}"))} THEN {c.Expression}"))} END";
        }

        return result;
    }

    private Dictionary<string, string> ObjectEntries(string variable, IObjectGraphType type, IReadOnlyList<GraphQLSelectionSet> sets, string asOf, MapExtras? extras, Dictionary<string, string>? added)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new SharedEntries();
        var fields = Collect(type, sets);
        foreach (var field in fields)
        {
            if (field.Definition.ProjectionOf() is not { } projection || !Mergeable(field) || FieldAsOf(field, asOf) is not { } day)
            {
                continue;
            }

            if (projection(new ProjectionScope(this, variable, field, day, shared, fields)) is { } expression)
            {
                entries[field.Key] = expression;
            }
        }

        // After the fields, so that an extra joins the walks they declared (MapExtras).
        foreach (var (key, projection) in extras?.Entries ?? new Dictionary<string, Projection>())
        {
            if (projection(new ProjectionScope(this, variable, new FieldSelection(key, extras!.Host, []), asOf, shared, fields)) is { } expression)
            {
                added![key] = expression;
            }
        }

        // What several fields read (ProjectionScope.Shared): its keys are never response keys.
        foreach (var (key, expression) in shared.Compiled(MapOf, Canonical, entries))
        {
            entries[key] = expression;
        }

        return entries;
    }

    /// <summary>
    /// Whether the occurrences merged under one response key are one field with the same arguments.
    /// They may not be when the key comes from merged parents (<c>a: node { x: about }</c> and
    /// <c>b: node { x: reports }</c>); such a key is left to the resolvers, which then load.
    /// </summary>
    private bool Mergeable(FieldSelection field)
    {
        if (field.Nodes.Count == 1)
        {
            return true;
        }

        var first = field.Nodes[0];
        var arguments = Serialized(first);
        return field.Nodes.Skip(1).All(n => n.Name.StringValue == first.Name.StringValue && Serialized(n) == arguments);

        string Serialized(GraphQLField node) => System.Text.Json.JsonSerializer.Serialize(
            (_context.ExecutionContext.GetArguments(field.Definition, node) ?? new Dictionary<string, ArgumentValue>())
                .OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new object?[] { a.Key, a.Value.Value }));
    }

    /// <summary>
    /// The day for a field: its own <c>asOf</c> argument when given, else its parent's. Null when the
    /// argument is not a day: the field is then left to its resolver, which reports the error.
    /// </summary>
    private string? FieldAsOf(FieldSelection field, string inherited)
    {
        if (field.Definition.Arguments?.Find(History.AsOf.Argument) is null
            || !Arguments(field).TryGetValue(History.AsOf.Argument, out var argument) || argument.Value is null)
        {
            return inherited;
        }

        return argument.Value is string day && day.Length == 10 && SeedFormats.IsDate(day) ? Parameter(day) : null;
    }

    /// <summary>The selection below <paramref name="path"/> (field names), every occurrence merged.</summary>
    private (IGraphType Type, List<GraphQLSelectionSet> Sets) Follow(IGraphType type, IEnumerable<GraphQLSelectionSet> sets, IReadOnlyList<string> path)
    {
        var current = sets.ToList();
        foreach (var name in path)
        {
            if (type.GetNamedType() is not IObjectGraphType objectType || objectType.GetField(name) is not { } definition)
            {
                throw new InvalidOperationException($"{type.GetNamedType().Name} has no field {name} to compile.");
            }

            current = [.. Collect(objectType, current).Where(f => f.Definition.Name == name).SelectMany(f => f.SelectionSets)];
            type = definition.ResolvedType!;
        }

        return (type, current);
    }

    /// <summary>The fields a node of <paramref name="type"/> resolves for these selection sets, by response key (CollectFields of the spec).</summary>
    /// <remarks>
    /// Kept for the compiler's life: a node map reads its fields twice (properties, then entries), an interface's for each
    /// kind, and the selection cannot change while one statement is compiled.
    /// </remarks>
    public IReadOnlyList<FieldSelection> Collect(IObjectGraphType type, IEnumerable<GraphQLSelectionSet> sets)
    {
        var given = sets as IReadOnlyList<GraphQLSelectionSet> ?? [.. sets];
        foreach (var (knownType, knownSets, knownFields) in _collected)
        {
            if (ReferenceEquals(knownType, type) && knownSets.Count == given.Count && knownSets.Zip(given).All(p => ReferenceEquals(p.First, p.Second)))
            {
                return knownFields;
            }
        }

        var fields = new List<(string Key, FieldType Definition, List<GraphQLField> Nodes)>();
        foreach (var set in given)
        {
            Collect(type, set, fields, []);
        }

        IReadOnlyList<FieldSelection> collected = [.. fields.Select(f => new FieldSelection(f.Key, f.Definition, f.Nodes))];
        _collected.Add((type, given, collected));
        return collected;
    }

    private void Collect(IObjectGraphType type, GraphQLSelectionSet set, List<(string Key, FieldType Definition, List<GraphQLField> Nodes)> fields, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when Included(field.Directives):
                    var name = field.Name.StringValue;
                    if (name.StartsWith("__", StringComparison.Ordinal) || type.GetField(name) is not { } definition)
                    {
                        break;
                    }

                    var key = field.Alias?.Name.StringValue ?? name;
                    var index = fields.FindIndex(f => f.Key == key);
                    if (index < 0)
                    {
                        fields.Add((key, definition, [field]));
                    }
                    else
                    {
                        fields[index].Nodes.Add(field);
                    }

                    break;
                case GraphQLInlineFragment inline when Included(inline.Directives) && Applies(type, inline.TypeCondition):
                    Collect(type, inline.SelectionSet, fields, visited);
                    break;
                case GraphQLFragmentSpread spread when Included(spread.Directives) && visited.Add(spread.FragmentName.Name.StringValue):
                    var fragment = _context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    if (fragment is not null && Applies(type, fragment.TypeCondition))
                    {
                        Collect(type, fragment.SelectionSet, fields, visited);
                    }

                    break;
            }
        }
    }

    private static bool Applies(IObjectGraphType type, GraphQLTypeCondition? condition)
    {
        if (condition is null)
        {
            return true;
        }

        var name = condition.Type.Name.StringValue;
        return name == type.Name || type.ResolvedInterfaces.Any(i => i.Name == name);
    }

    /// <summary>@skip(if:) and @include(if:), from a literal or a variable.</summary>
    private bool Included(GraphQLDirectives? directives)
    {
        if (directives is null)
        {
            return true;
        }

        foreach (var directive in directives.Items)
        {
            var condition = directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if")?.Value;
            var value = condition switch
            {
                GraphQLBooleanValue literal => literal.BoolValue,
                GraphQLVariable variable => _context.Variables?.ValueFor(variable.Name.StringValue, out var given) == true && given.Value is true,
                _ => false,
            };
            if ((directive.Name.StringValue == "skip" && value) || (directive.Name.StringValue == "include" && !value))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A node map the compiler wrote: its variable, the properties it fetches (null: all, <c>.*</c>) and its compiled fields by response key.</summary>
internal sealed record MapShape(string Variable, IReadOnlyList<string>? Properties, IReadOnlyDictionary<string, string> Entries);
