using Graph.Api.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Graph.Api.Limits;

/// <summary>
/// Refuses an operation that selects more than <see cref="ApiOptions.MaxFieldSelections"/> fields once
/// its fragments are expanded, counting every alias and every repeat (<c>{ a a a }</c> is 3).
/// The count runs when validation starts and throws rather than reports: the other rules walk the
/// document after every rule has been asked for its visitor, and one of them (overlapping fields)
/// takes time in the square of the number of same-named fields, so it must never see such a document.
/// </summary>
public sealed class FieldSelectionLimitRule(IOptions<ApiOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = options.Value.MaxFieldSelections;
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in context.Document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        var counter = new Counter(fragments, max);
        var selections = context.Operation is { } operation ? counter.Count(operation.SelectionSet) : 0;
        if (selections > max)
        {
            throw new ValidationError(context.Document.Source, ErrorCodes.TooManyFields,
                $"The operation selects more than {max} fields once its fragments are expanded (each alias and repeat counts).", context.Operation!)
            {
                Code = ErrorCodes.TooManyFields,
            };
        }

        return default;
    }

    /// <summary>Counts with each fragment counted once (memoised), stopping at the limit; a fragment cycle counts 0 here (another rule reports it).</summary>
    private sealed class Counter(Dictionary<string, GraphQLFragmentDefinition> fragments, int max)
    {
        private readonly Dictionary<string, long> _counted = new(StringComparer.Ordinal);

        public long Count(GraphQLSelectionSet? selectionSet)
        {
            if (selectionSet is null)
            {
                return 0;
            }

            long total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                total += selection switch
                {
                    GraphQLField field => 1 + Count(field.SelectionSet),
                    GraphQLInlineFragment inline => Count(inline.SelectionSet),
                    GraphQLFragmentSpread spread => CountFragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
                if (total > max)
                {
                    return max + 1L;
                }
            }

            return total;
        }

        private long CountFragment(string name)
        {
            if (_counted.TryGetValue(name, out var known))
            {
                return known;
            }

            _counted[name] = 0;
            var count = fragments.TryGetValue(name, out var fragment) ? Count(fragment.SelectionSet) : 0;
            _counted[name] = count;
            return count;
        }
    }
}
