using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.Api.Limits;

/// <summary>
/// <see cref="QueryCost.Measure"/> of an operation, kept per operation node (which lives as long as its parsed document) and
/// per value of the request's variables: the measure reads nothing else (the schema, the document, the operation, the
/// variables), so a request with the same text and variables gets the measure a fresh walk would give, and
/// <see cref="OperationLimitsRule"/> still compares it with the limits every time. At most <see cref="PerOperation"/>
/// sets of variables are kept per operation; variables holding a value <see cref="Reading.ValueKey"/> cannot write are measured afresh.
/// </summary>
internal static class OperationMeasures
{
    public const int PerOperation = 16;

    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, Kept> ByOperation = [];

    public static QueryMeasure Of(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs? variables)
    {
        if (Reading.ValueKey.Of(variables) is not { } key)
        {
            return QueryCost.Measure(schema, document, operation, variables);
        }

        var kept = ByOperation.GetValue(operation, _ => new Kept(schema, document));
        if (!ReferenceEquals(kept.Schema, schema) || !ReferenceEquals(kept.Document, document))
        {
            return QueryCost.Measure(schema, document, operation, variables);
        }

        lock (kept.Gate)
        {
            if (kept.Measures.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        var measure = QueryCost.Measure(schema, document, operation, variables);
        lock (kept.Gate)
        {
            if (kept.Measures.Count >= PerOperation)
            {
                kept.Measures.Clear();
            }

            kept.Measures[key] = measure;
        }

        return measure;
    }

    private sealed class Kept(ISchema schema, GraphQLDocument document)
    {
        public ISchema Schema { get; } = schema;

        public GraphQLDocument Document { get; } = document;

        public Lock Gate { get; } = new();

        /// <summary>By the variables' <see cref="Reading.ValueKey"/>; guarded by <see cref="Gate"/>.</summary>
        public Dictionary<string, QueryMeasure> Measures { get; } = new(StringComparer.Ordinal);
    }
}
