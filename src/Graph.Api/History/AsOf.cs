using Graph.Api.Paging;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Graph.Api.History;

/// <summary>
/// "As of a date": only what had been published by the end of that day counts. A root field's
/// <c>asOf</c> holds for everything below it (kept in the request's user context); a nested field's own
/// <c>asOf</c> overrides it.
/// </summary>
public static class AsOf
{
    public const string Argument = "asOf";

    public const string Description = "Only what had been published by the end of this day counts (`YYYY-MM-DD`): reports, hence claims, their relations, independent origins and facts. Holds for every field below.";

    private const string Key = "graph.asOf";

    public static FieldBuilder<TSource, TReturn> WithAsOf<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<StringGraphType>(Argument, Description);

    /// <summary>The day that applies to this field: its own argument, else the one a field above set; null for "everything known".</summary>
    public static string? Of(IResolveFieldContext context) =>
        context.HasArgument(Argument) ? Day(context)
        : context.UserContext.TryGetValue(Key, out var set) ? set as string : null;

    /// <summary>For root fields: reads the field's <c>asOf</c> and makes it hold for every field below.</summary>
    public static string? Set(IResolveFieldContext context)
    {
        var day = context.HasArgument(Argument) ? Day(context) : null;
        context.UserContext[Key] = day;
        return day;
    }

    private static string? Day(IResolveFieldContext context)
    {
        var value = PageArguments.Date(context, Argument);
        return value is null || value.Length == 10
            ? value
            : throw new Errors.ApiError(Errors.ErrorCodes.BadUserInput, $"'{Argument}' must be a day: YYYY-MM-DD.") { Field = Argument };
    }
}
