using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.Api.Reading;

/// <summary>
/// One response key of a selection set (the alias, else the field name) with its field definition
/// and every occurrence of it, from fragments too: GraphQL merges their selection sets.
/// </summary>
public sealed record FieldSelection(string Key, FieldType Definition, IReadOnlyList<GraphQLField> Nodes)
{
    public IEnumerable<GraphQLSelectionSet> SelectionSets => Nodes.Select(n => n.SelectionSet).OfType<GraphQLSelectionSet>();
}
