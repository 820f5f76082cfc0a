using Graph.Api.Paging;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Graph.Api.History;

/// <summary>
/// "As of a date": only what had been published by the end of that day counts. A field's <c>asOf</c>
/// holds for everything below it; a nested field's own <c>asOf</c> overrides its ancestors'.
/// </summary>
public static class AsOf
{
    public const string Argument = "asOf";

    public const string Description = "Only what had been published by the end of this day counts (`YYYY-MM-DD`): reports, hence claims, their relations, independent origins and facts. Holds for every field below.";

    public static FieldBuilder<TSource, TReturn> WithAsOf<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<StringGraphType>(Argument, Description);

    /// <summary>The day that applies to this field: its own argument, else the one a field above set; null for "everything known".</summary>
    public static string? Of(IResolveFieldContext context)
    {
        // The nearest field up to the root that was given a day: root fields of one request run side
        // by side, each with its own (or none), so the day is read from the field's own ancestors.
        for (var field = context; field is not null; field = field.Parent)
        {
            if (field.HasArgument(Argument))
            {
                return Day(field, Argument);
            }
        }

        return null;
    }

    /// <summary>A day argument (<c>YYYY-MM-DD</c>) that exists, or null when not given; anything else is a clear error.</summary>
    public static string? Day(IResolveFieldContext context, string argument)
    {
        var value = PageArguments.Date(context, argument);
        return value is null || value.Length == 10
            ? value
            : throw new Errors.ApiError(Errors.ErrorCodes.BadUserInput, $"'{argument}' must be a day: YYYY-MM-DD.") { Field = argument };
    }

    /// <summary>Loads a batch query that takes <c>$asOf</c>, for the day that applies to this field.</summary>
    public static GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<T>> Load<T>(IResolveFieldContext context, Loading.BatchQuery<T> query, string key)
    {
        var day = Of(context);
        return Loading.ResolveFieldContextExtensions.Loaders(context).Load(query, key, new Dictionary<string, object?> { [Argument] = day }, day ?? string.Empty);
    }
}
