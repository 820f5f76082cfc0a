using Graph.Api.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Graph.Api.Limits;

/// <summary>Refuses, before anything runs, a <c>first</c> or <c>limit</c> above the page size (variables included).</summary>
public sealed class PageSizeRule(IOptions<ApiOptions> options) : ValidationRuleBase
{
    private static readonly string[] SizeArguments = ["first", "limit"];

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, validation) => Check(field, validation, options.Value.MaxPageSize)));

    private static void Check(GraphQLField field, ValidationContext context, int max)
    {
        if (context.ArgumentValues is null || !context.ArgumentValues.TryGetValue(field, out var arguments))
        {
            return;
        }

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
