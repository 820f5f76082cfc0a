using GraphQLParser.AST;

namespace Graph.Api.Reading;

/// <summary>
/// The variables a field's selection uses: in the arguments and directives of every field, inline fragment and fragment
/// spread below it, and in the fragments those spreads name (each once), however deep. What a
/// <see cref="SelectionCompiler"/> of that field can read of the request's variables (<see cref="CompiledStatements"/>).
/// </summary>
internal static class SelectionVariables
{
    /// <summary>The names, sorted and distinct.</summary>
    public static string[] Below(GraphQLField field, GraphQLDocument document)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToList();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<GraphQLSelectionSet>();
        if (field.SelectionSet is { } root)
        {
            pending.Push(root);
        }

        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField child:
                        Directives(child.Directives, names);
                        foreach (var argument in child.Arguments?.Items ?? [])
                        {
                            Values(argument.Value, names);
                        }

                        if (child.SelectionSet is { } childSet)
                        {
                            pending.Push(childSet);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        Directives(inline.Directives, names);
                        pending.Push(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread:
                        Directives(spread.Directives, names);
                        var name = spread.FragmentName.Name.StringValue;
                        if (visited.Add(name))
                        {
                            // Every definition of that name: the compiler takes the first, validation refuses two.
                            foreach (var fragment in fragments.Where(f => f.FragmentName.Name.StringValue == name))
                            {
                                Directives(fragment.Directives, names);
                                pending.Push(fragment.SelectionSet);
                            }
                        }

                        break;
                }
            }
        }

        return [.. names];
    }

    private static void Directives(GraphQLDirectives? directives, SortedSet<string> names)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            foreach (var argument in directive.Arguments?.Items ?? [])
            {
                Values(argument.Value, names);
            }
        }
    }

    private static void Values(GraphQLValue value, SortedSet<string> names)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                names.Add(variable.Name.StringValue);
                break;
            case GraphQLListValue list:
                foreach (var item in list.Values ?? [])
                {
                    Values(item, names);
                }

                break;
            case GraphQLObjectValue map:
                foreach (var item in map.Fields ?? [])
                {
                    Values(item.Value, names);
                }

                break;
        }
    }
}
