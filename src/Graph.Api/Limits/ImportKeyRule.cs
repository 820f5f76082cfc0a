using Graph.Api.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.Limits;

/// <summary>Mutations run only for a request carrying the configured import key; with no key configured the API is read-only.</summary>
public sealed class ImportKeyRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (operation != validation.Operation || operation.Operation != OperationType.Mutation
                || validation.UserContext is not ApiRequestContext request || request.ImportKeyAccepted)
            {
                return;
            }

            var message = request.ImportKeyConfigured
                ? "Mutations need the header X-Import-Key carrying this server's import key."
                : "This server is read-only: no import key is configured (Api:ImportKey).";
            validation.ReportError(new ValidationError(validation.Document.Source, ErrorCodes.Forbidden, message, operation) { Code = ErrorCodes.Forbidden });
        }));
}
