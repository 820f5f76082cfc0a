using Graph.Api.Errors;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Graph.Api.Limits;

/// <summary>Refuses, before anything runs, a <c>first</c> or <c>limit</c> above the page size (variables included).</summary>
/// <remarks>
/// Checks the arguments GraphQL.NET parsed for every field of the document (<see cref="ValidationContext.ArgumentValues"/>,
/// in document order) once they are parsed, instead of returning a visitor for them: a field without parsed arguments has
/// nothing to check, so a walk of the document checked the same fields, and this rule's visitor was the only one after the
/// arguments are parsed, so GraphQL.NET walked every document a second time (with its type tracking) for it alone.
/// </remarks>
public sealed class PageSizeRule(IOptions<ApiOptions> options) : ValidationRuleBase
{
    private static readonly string[] SizeArguments = ["first", "limit"];

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        foreach (var (field, arguments) in context.ArgumentValues ?? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>())
        {
            Check(field, arguments, context, options.Value.MaxPageSize);
        }

        return default;
    }

    private static void Check(GraphQLField field, IDictionary<string, ArgumentValue> arguments, ValidationContext context, int max)
    {
        foreach (var name in SizeArguments)
        {
            if (!arguments.TryGetValue(name, out var argument) || argument.Value is not int size)
            {
                continue;
            }

            if (size > max || size < 0)
            {
                var error = new ValidationError(context.Document.Source, ErrorCodes.PageSizeTooLarge,
                    $"'{name}' on '{field.Name.StringValue}' is {size}; it must be between 0 and {max}.", field)
                {
                    Code = size < 0 ? ErrorCodes.BadUserInput : ErrorCodes.PageSizeTooLarge,
                };
                context.ReportError(error);
            }
        }
    }
}
