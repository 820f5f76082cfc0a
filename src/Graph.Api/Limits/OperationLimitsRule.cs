using Graph.Api.Errors;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Graph.Api.Limits;

/// <summary>
/// Refuses, before the standard validation rules walk the document, an operation over one of three limits
/// <see cref="QueryCost"/> measures: the data depth (<c>QUERY_TOO_DEEP</c>), the introspection nesting
/// (<c>INTROSPECTION_TOO_DEEP</c>: introspection has its own bound, so every client's introspection query passes
/// the depth meant for data) and the cost (<c>QUERY_TOO_COMPLEX</c>).
/// The refusal is thrown rather than reported: some standard rules take time that grows with the square of
/// the number of repeated fields, and an operation that is too big must not reach them.
/// </summary>
public sealed class OperationLimitsRule(IOptions<ApiOptions> options) : ValidationRuleBase
{
    /// <summary>graphql-js 16's full introspection query nests <c>ofType</c> 9 deep; no type needs more.</summary>
    public const int MaxOfTypeNesting = 10;

    /// <summary>
    /// <c>fields</c>, <c>inputFields</c>, <c>interfaces</c> and <c>possibleTypes</c> inside one another: every standard
    /// introspection query needs 1; graphql-js's own MaxIntrospectionDepthRule allows 3.
    /// </summary>
    public const int MaxIntrospectionListNesting = 3;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { } operation)
        {
            var measure = OperationMeasures.Of(context.Schema, context.Document, operation, context.Variables);
            if (Refusal(measure, options.Value) is var (code, message))
            {
                throw new ValidationError(context.Document.Source, code, message, operation) { Code = code };
            }
        }

        return default;
    }

    private static (string Code, string Message)? Refusal(QueryMeasure measure, ApiOptions limits)
    {
        if (measure.OfTypeNesting > MaxOfTypeNesting || measure.IntrospectionListNesting > MaxIntrospectionListNesting)
        {
            return (ErrorCodes.IntrospectionTooDeep,
                $"Introspection nests 'ofType' {measure.OfTypeNesting} deep and fields/inputFields/interfaces/possibleTypes {measure.IntrospectionListNesting} deep; "
                + $"at most {MaxOfTypeNesting} and {MaxIntrospectionListNesting} are allowed.");
        }

        if (measure.Depth > limits.MaxDepth)
        {
            return (ErrorCodes.QueryTooDeep, $"The query is {measure.Depth} fields deep; at most {limits.MaxDepth} are allowed.");
        }

        if (measure.Cost > limits.MaxComplexity)
        {
            return (ErrorCodes.QueryTooComplex,
                $"The query costs {measure.Cost:0} ({measure.Document:0} for its field selections, each alias and repeat counted, and {measure.Answer:0} for what they can return); "
                + $"at most {limits.MaxComplexity} is allowed. Ask for smaller pages (first) or fewer nested lists.");
        }

        return null;
    }
}
