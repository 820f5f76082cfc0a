using System.Runtime.CompilerServices;
using GraphQL;
using GraphQLParser.AST;

namespace Graph.Api.Reading;

/// <summary>
/// The compiled statements of root fields, kept like prepared statements (registered as a singleton): the Cypher text a
/// <see cref="SelectionCompiler"/> wrote for a field of a parsed document, and the parameters it made, so that the next
/// request asking the same compiles nothing. Never an answer: every request still sends its statement to Neo4j, and the
/// values the caller adds (ids, filters, pages) are still parameters it sets itself.
/// <para>
/// The key is everything a compile reads, and nothing it cannot see: the parsed document and the field's node in it (by
/// identity: <see cref="Http.QueryDocument"/> hands out one document per query text), the field's definition, the caller's
/// <c>state</c> (which its compile function is given, a <c>static</c> lambda that captures nothing else), whether the root's
/// day is given (the compiler reads it only through <see cref="SelectionCompiler.Holds"/>; its value is the root's parameter,
/// set afresh on a hit), and the value of every variable used anywhere below the field (arguments and <c>@skip</c>/<c>@include</c>
/// of the fields it compiles, through fragments), read as the executor coerced them.
/// </para>
/// <para>
/// At most <see cref="Capacity"/> statements are kept, the least recently used dropped first. With <see cref="VerifyVariable"/>
/// set to 1 (scripts/test.sh sets it) every hit is compiled afresh too and a difference throws: the whole test suite checks the key.
/// </para>
/// </summary>
public sealed class CompiledStatements
{
    /// <summary>The environment variable that turns verification on (<c>1</c>).</summary>
    public const string VerifyVariable = "GRAPH_STATEMENT_CACHE_VERIFY";

    /// <summary>How many compiled statements are kept by default (<see cref="Limits.ApiOptions.CompiledStatements"/>).</summary>
    public const int DefaultCapacity = 1024;

    // The variables below each field node, found once per node (the node dies with its document).
    private static readonly ConditionalWeakTable<GraphQLField, string[]> VariablesBelow = [];

    private readonly Lock _gate = new();
    private readonly Dictionary<Key, LinkedListNode<Kept>> _kept = [];
    private readonly LinkedList<Kept> _recency = new();
    private long _compiles;
    private long _hits;

    /// <param name="capacity">how many statements are kept; 0 keeps none (every request compiles).</param>
    /// <param name="verify">compile every hit afresh and throw when it differs.</param>
    public CompiledStatements(int capacity, bool verify)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        Verify = verify;
    }

    public int Capacity { get; }

    /// <summary>The application's statements.</summary>
    public static CompiledStatements Of(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CompiledStatements>();

    public bool Verify { get; }

    /// <summary>A deliberately wrong key, for the test that shows verification catches one: the variables' values left out.</summary>
    internal bool KeyOmitsVariables { get; init; }

    /// <summary>How many times a selection was compiled (misses, and with <see cref="Verify"/> every hit too).</summary>
    public long Compiles => Interlocked.Read(ref _compiles);

    /// <summary>How many requests took a kept statement.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>How many statements are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _kept.Count;
            }
        }
    }

    /// <summary>
    /// The statement <paramref name="compile"/> writes with a compiler of the root field of <paramref name="context"/> at day
    /// <paramref name="asOf"/>, and the compiler's parameters: kept, or compiled now. <paramref name="compile"/> must read
    /// nothing but the compiler and <paramref name="state"/> (make it <c>static</c>); <paramref name="state"/> is part of the
    /// key, so it must have value equality (a string, a tuple of them).
    /// </summary>
    public CompiledStatement Compile<TState>(IResolveFieldContext context, string? asOf, TState state, Func<SelectionCompiler, TState, string> compile)
        where TState : notnull
    {
        if (Capacity == 0 || KeyOf(context, asOf, state, KeyOmitsVariables) is not { } key)
        {
            return Fresh(context, asOf, state, compile);
        }

        Kept? kept;
        lock (_gate)
        {
            if (_kept.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
            }

            kept = node?.Value;
        }

        if (kept is null)
        {
            var compiled = Fresh(context, asOf, state, compile);
            Keep(new Kept(key, compiled));
            return compiled;
        }

        Interlocked.Increment(ref _hits);
        var parameters = new Dictionary<string, object?>(kept.Statement.Parameters, StringComparer.Ordinal) { [kept.Statement.RootAsOf] = asOf };
        var hit = kept.Statement with { Parameters = parameters };
        if (Verify && Fresh(context, asOf, state, compile) is var fresh && Difference(hit, fresh) is { } difference)
        {
            throw new InvalidOperationException($"The compiled statement kept for field '{context.FieldAst.Name.StringValue}' differs from a fresh compile ({difference}): its key misses something the compiler reads.");
        }

        return hit;
    }

    /// <summary>Where two compiled statements differ, or null when they are the same.</summary>
    internal static string? Difference(CompiledStatement kept, CompiledStatement fresh)
    {
        if (!string.Equals(kept.Text, fresh.Text, StringComparison.Ordinal))
        {
            return $"text: kept {kept.Text.Length} characters, fresh {fresh.Text.Length}";
        }

        if (kept.RootAsOf != fresh.RootAsOf || kept.Parameters.Count != fresh.Parameters.Count)
        {
            return "parameters";
        }

        foreach (var (name, value) in fresh.Parameters)
        {
            if (!kept.Parameters.TryGetValue(name, out var known) || ValueKey.Of(known) != ValueKey.Of(value))
            {
                return $"parameter {name}";
            }
        }

        return null;
    }

    private CompiledStatement Fresh<TState>(IResolveFieldContext context, string? asOf, TState state, Func<SelectionCompiler, TState, string> compile)
    {
        Interlocked.Increment(ref _compiles);
        var compiler = new SelectionCompiler(context, asOf);
        var text = compile(compiler, state);
        return new CompiledStatement(text, compiler.Parameters, compiler.RootAsOf.TrimStart('$'));
    }

    private void Keep(Kept kept)
    {
        lock (_gate)
        {
            if (_kept.ContainsKey(kept.Key))
            {
                return;
            }

            _kept[kept.Key] = _recency.AddFirst(kept);
            if (_kept.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _kept.Remove(oldest.Value.Key);
            }
        }
    }

    /// <summary>The key of a compile, or null when a variable below the field holds a value <see cref="ValueKey"/> cannot write (not kept then).</summary>
    private static Key? KeyOf(IResolveFieldContext context, string? asOf, object state, bool omitVariables)
    {
        var names = omitVariables ? [] : VariablesBelow.GetValue(context.FieldAst, field => SelectionVariables.Below(field, context.Document));
        var values = string.Empty;
        if (names.Length > 0)
        {
            var written = new System.Text.StringBuilder();
            foreach (var name in names)
            {
                var variable = context.Variables?.Find(name);
                written.Append(name).Append('=');
                if (variable is null)
                {
                    written.Append('-');
                }
                else if (ValueKey.Of(variable.Value) is { } value)
                {
                    written.Append(variable.ValueSpecified ? 's' : 'u').Append(variable.IsDefault ? 'd' : 'g').Append(value);
                }
                else
                {
                    return null;
                }

                written.Append(';');
            }

            values = written.ToString();
        }

        return new Key(context.Document, context.FieldAst, context.FieldDefinition, state, asOf is not null, values);
    }

    /// <summary>Documents, nodes and definitions compare by identity; the state by its value equality.</summary>
    private sealed class Key(GraphQLDocument document, GraphQLField field, GraphQL.Types.FieldType definition, object state, bool dated, string variables) : IEquatable<Key>
    {
        private readonly GraphQLDocument _document = document;
        private readonly GraphQLField _field = field;
        private readonly GraphQL.Types.FieldType _definition = definition;
        private readonly object _state = state;
        private readonly bool _dated = dated;
        private readonly string _variables = variables;
        private readonly int _hash = HashCode.Combine(RuntimeHelpers.GetHashCode(document), RuntimeHelpers.GetHashCode(field),
            RuntimeHelpers.GetHashCode(definition), state, dated, variables);

        public bool Equals(Key? other) => other is not null
            && ReferenceEquals(_document, other._document) && ReferenceEquals(_field, other._field) && ReferenceEquals(_definition, other._definition)
            && _dated == other._dated && string.Equals(_variables, other._variables, StringComparison.Ordinal) && _state.Equals(other._state);

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => _hash;
    }

    private sealed record Kept(Key Key, CompiledStatement Statement);
}

/// <summary>
/// What a compile wrote: the text and the compiler's parameters (<see cref="SelectionCompiler.Parameters"/>), among them
/// <see cref="RootAsOf"/>, the parameter that holds the root's day (its name without <c>$</c>).
/// </summary>
public sealed record CompiledStatement(string Text, IReadOnlyDictionary<string, object?> Parameters, string RootAsOf);
