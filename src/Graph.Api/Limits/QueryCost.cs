using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.Api.Limits;

/// <summary>
/// What an operation costs before it runs, in two parts:
/// <list type="bullet">
/// <item>the document: <see cref="SelectionCost"/> for every field selection once fragments are expanded, each alias
/// and each repeat of the same field counted again. GraphQL's standard validation compares selections with one another
/// (fields that merge), so its work grows faster than their number: measured here, 2,000 repeats of <c>__typename</c>
/// took 1.1 s to validate and 8,000 took 4.5 s. A selection therefore weighs as much as a thousand scalar values;</item>
/// <item>the answer: what each field can return, multiplied down the tree. A scalar or enum is nearly free
/// (<see cref="LeafCost"/>), an object costs <see cref="ObjectCost"/>, a root field that asks Neo4j adds
/// <see cref="RootFieldCost"/> (and <c>path</c>, a shortest-path search, <see cref="PathSearchCost"/>), and a list
/// multiplies what is under it by its size: its page size (<c>first</c> or <c>limit</c>, as given or by default;
/// a connection hands it to its <c>edges</c>), else its cap (a thing's <c>claims</c> and <c>statements</c> stop at
/// <see cref="NestedListCap"/>), else its own expected size (<see cref="ListSizes"/>: a thing's <c>facts</c>, the
/// claims behind one, the <c>changes</c> of a window), else <see cref="UncappedListSize"/>.</item>
/// </list>
/// Also measured on the way: the data depth (fields nested inside <c>__schema</c>/<c>__type</c> do not count:
/// <see cref="OperationLimitsRule"/> bounds them by their own nesting) and the introspection nesting.
/// Fragments are measured once per spread context, so the walk is linear in the document's size however often they are spread.
/// </summary>
public static class QueryCost
{
    public const double SelectionCost = 100;
    public const double LeafCost = 0.1;
    public const double ObjectCost = 1;
    public const double RootFieldCost = 10;
    public const double PathSearchCost = 100;
    public const int NestedListCap = 100;
    public const int UncappedListSize = 10;

    private static readonly HashSet<string> CappedLists = ["claims", "statements"];

    /// <summary>
    /// Lists with no cap whose size the model bounds otherwise, by field name or <c>Type.field</c>. <c>facts</c>: one per fact name (an event's
    /// date and place, a deployment's size, start and end, a treaty's two dates and one per ratifying state, a
    /// role's start and end per organization): 20 holds a treaty of 18 parties. <c>supportedBy</c> and
    /// <c>contestedBy</c>: the claims about one thing that state one fact (on the seed at most 9, for the
    /// deployment's size): 20. <c>changes</c>: every report of every article published in the window, plus the
    /// facts they change: 1,000 (a month of a few dozen articles), so that a wide window weighs as much as a
    /// thousand-item list.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> ListSizes = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["facts"] = 20,
        ["supportedBy"] = 20,
        ["contestedBy"] = 20,
        ["Query.changes"] = 1000,
    };
    private static readonly string[] SizeArguments = ["first", "limit"];
    private static readonly HashSet<string> IntrospectionLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    /// <summary>Measures <paramref name="operation"/>; <paramref name="variables"/> supply page sizes given as variables.</summary>
    public static QueryMeasure Measure(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs? variables)
    {
        var root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        return root is null ? default : new Walker(schema, document, operation, variables ?? Inputs.Empty).SelectionSet(operation.SelectionSet, root, pageSize: null);
    }

    private sealed class Walker(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables)
    {
        private readonly Dictionary<(string Fragment, int? PageSize), QueryMeasure> measured = [];
        private readonly HashSet<string> inProgress = [];

        /// <summary><paramref name="pageSize"/>: the page size a connection hands down to its <c>edges</c>.</summary>
        public QueryMeasure SelectionSet(GraphQLSelectionSet? selectionSet, IGraphType parentType, int? pageSize)
        {
            var total = default(QueryMeasure);
            foreach (var selection in selectionSet?.Selections ?? [])
            {
                var measure = selection switch
                {
                    GraphQLField field => Field(field, parentType, pageSize),
                    GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parentType, pageSize),
                    GraphQLFragmentSpread spread => Spread(spread, pageSize),
                    _ => default,
                };
                total = total.Beside(measure);
            }

            return total;
        }

        private QueryMeasure Spread(GraphQLFragmentSpread spread, int? pageSize)
        {
            var name = spread.FragmentName.Name.StringValue;
            if (measured.TryGetValue((name, pageSize), out var known))
            {
                return known;
            }

            var fragment = document.FindFragmentDefinition(spread.FragmentName.Name.Value);

            // Unknown fragments and cycles are refused by the standard rules; here they only must not recurse for ever.
            if (fragment is null || TypeOf(fragment.TypeCondition) is not { } type || !inProgress.Add(name))
            {
                return default;
            }

            var measure = SelectionSet(fragment.SelectionSet, type, pageSize);
            inProgress.Remove(name);
            measured[(name, pageSize)] = measure;
            return measure;
        }

        private QueryMeasure Field(GraphQLField field, IGraphType parentType, int? pageSize)
        {
            var name = field.Name.StringValue;
            var own = new QueryMeasure(SelectionCost, 0, 1, 0, 0);
            if (Definition(parentType, name)?.ResolvedType is not { } type)
            {
                return own; // unknown fields are refused by the standard rules
            }

            if (IsIntrospection(parentType))
            {
                own = own with
                {
                    Depth = 0,
                    OfTypeNesting = name == "ofType" ? 1 : 0,
                    IntrospectionListNesting = IntrospectionLists.Contains(name) ? 1 : 0,
                };
            }

            var named = type.GetNamedType();
            if (named is ScalarGraphType or EnumerationGraphType)
            {
                return own with { Answer = LeafCost };
            }

            var impact = ObjectCost;
            if (parentType == schema.Query || parentType == schema.Mutation)
            {
                impact += name.StartsWith("__", StringComparison.Ordinal) ? 0 : RootFieldCost + (name == "path" ? PathSearchCost : 0);
            }

            var size = SizeArgument(field, Definition(parentType, name)!);
            var children = IsList(type)
                ? SelectionSet(field.SelectionSet, named, pageSize: null).Times(size ?? pageSize ?? ListSize(parentType.Name, name))
                : SelectionSet(field.SelectionSet, named, pageSize: size);
            return (own with { Answer = impact }).Above(children);
        }

        private FieldType? Definition(IGraphType parentType, string name) => name switch
        {
            "__typename" => schema.TypeNameMetaFieldType,
            "__schema" when parentType == schema.Query => schema.SchemaMetaFieldType,
            "__type" when parentType == schema.Query => schema.TypeMetaFieldType,
            _ => (parentType as IComplexGraphType)?.GetField(name),
        };

        private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
            condition is null ? null : schema.AllTypes[condition.Type.Name.StringValue];

        private int? SizeArgument(GraphQLField field, FieldType definition)
        {
            foreach (var name in SizeArguments)
            {
                if (definition.Arguments?.Find(name) is not { } argument)
                {
                    continue;
                }

                var value = field.Arguments?.ValueFor(name) switch
                {
                    GraphQLIntValue literal => IntOf(literal),
                    GraphQLVariable variable => VariableValue(variable.Name.StringValue),
                    null => argument.DefaultValue as int?,
                    _ => null,
                };
                if (value is { } size)
                {
                    return Math.Max(size, 0);
                }
            }

            return null;
        }

        private int? VariableValue(string name)
        {
            if (variables.TryGetValue(name, out var value) && value is not null)
            {
                // JSON numbers arrive as int, long, double or decimal; anything else is refused later by the variable's type.
                return value is IConvertible number && value is not (string or bool)
                    ? (int)Math.Clamp(number.ToDouble(System.Globalization.CultureInfo.InvariantCulture), 0, int.MaxValue)
                    : null;
            }

            var declared = operation.Variables?.Items.FirstOrDefault(v => v.Variable.Name.StringValue == name);
            return declared?.DefaultValue is GraphQLIntValue literal ? IntOf(literal) : null;
        }

        private static int IntOf(GraphQLIntValue literal) => int.TryParse(literal.Value.Span, out var value) ? value : int.MaxValue;
    }

    private static int ListSize(string type, string field) =>
        CappedLists.Contains(field) ? NestedListCap
        : ListSizes.TryGetValue($"{type}.{field}", out var size) ? size
        : ListSizes.GetValueOrDefault(field, UncappedListSize);

    private static bool IsIntrospection(IGraphType type) => type.Name.StartsWith("__", StringComparison.Ordinal);

    private static bool IsList(IGraphType type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}
