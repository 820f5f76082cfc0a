using Graph.Api.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.Limits;

/// <summary>GET must be safe: a mutation sent over GET is refused (the endpoint answers 405).</summary>
public sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (validation.UserContext is ApiRequestContext { ViaGet: true } && operation == validation.Operation && operation.Operation != OperationType.Query)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, ErrorCodes.MethodNotAllowed,
                    "Only queries may be sent with GET; send mutations with POST.", operation) { Code = ErrorCodes.MethodNotAllowed });
            }
        }));
}
