using Graph.Neo4j.Errors;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Errors;

/// <summary>Turns an exception from a resolver into a client-safe <see cref="ApiError"/>, logging the full detail under the request's correlation id.</summary>
public static class UnhandledErrors
{
    public const string UnavailableMessage = "The graph database is not reachable right now; try again shortly.";
    public const string InternalMessage = "Something went wrong on the server; quote the correlationId when you report it.";

    public static void Handle(UnhandledExceptionContext context, ILogger logger)
    {
        var correlationId = (context.ExecutionOptions.UserContext as ApiRequestContext)?.CorrelationId ?? "none";
        var field = context.FieldContext?.FieldDefinition.Name;
        if (context.OriginalException is Neo4jUnavailableException)
        {
            logger.LogError(context.OriginalException, "GraphQL {CorrelationId}: Neo4j unavailable while resolving {Field}", correlationId, field);
            context.Exception = new ApiError(ErrorCodes.ServiceUnavailable, UnavailableMessage);
            return;
        }

        logger.LogError(context.OriginalException, "GraphQL {CorrelationId}: unhandled error while resolving {Field}", correlationId, field);
        context.Exception = new ApiError(ErrorCodes.Internal, InternalMessage);
    }
}
