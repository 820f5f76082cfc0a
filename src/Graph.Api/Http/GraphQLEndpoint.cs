using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Graph.Api.Errors;
using Graph.Api.Limits;
using Graph.Neo4j.Client;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Http;

/// <summary>
/// <c>/graphql</c> per the GraphQL-over-HTTP spec: POST <c>application/json</c> (anything else is 415,
/// which also keeps cross-site form posts out), GET for queries only, one operation per request,
/// <c>application/graphql-response+json</c> when the client accepts it. A browser asking for HTML gets the IDE.
/// </summary>
internal static class GraphQLEndpoint
{
    public const string ImportKeyHeader = "X-Import-Key";

    public static async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) && AcceptsHtml(request) && !request.Query.ContainsKey("query"))
        {
            await StaticPages.SendAsync(http, StaticPages.Ide);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var neo4jRequests = Neo4jRequestCount.Start();
        var access = new AccessRecord();
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<ApiOptions>>().Value;
        // One budget for reading, parsing, validating and executing; it also ends when the client goes
        // away or the server is stopping (SIGTERM), so no work outlives the request.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted,
            services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        budget.CancelAfter(options.Timeout);
        try
        {
            await HandleGraphQLAsync(http, options, access, budget.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !http.Response.HasStarted)
        {
            await AnswerCancelledAsync(http, options, access);
        }
        finally
        {
            AccessLog.Write(http, access, Stopwatch.GetElapsedTime(started), neo4jRequests.Value);
        }
    }

    private static async Task HandleGraphQLAsync(HttpContext http, ApiOptions options, AccessRecord access, CancellationToken budget)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await RefuseAsync(http, access, new Refusal(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Use POST, or GET for queries."), MediaTypes.Json);
            return;
        }

        if (ResponseType(request) is not { } responseType)
        {
            await RefuseAsync(http, access, new Refusal(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"This endpoint answers with {MediaTypes.GraphQLResponse} or {MediaTypes.Json}."), MediaTypes.Json);
            return;
        }

        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var (graphQLRequest, refusal) = HttpMethods.IsGet(request.Method)
            ? ReadQueryString(request, serializer)
            : await ReadBodyAsync(request, serializer, options.MaxBodyBytes, budget);
        if (refusal is not null)
        {
            await RefuseAsync(http, access, refusal, responseType);
            return;
        }

        access.Operation = graphQLRequest?.OperationName;
        if (string.IsNullOrWhiteSpace(graphQLRequest?.Query))
        {
            await RefuseAsync(http, access, new Refusal(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The request has no 'query'."), responseType);
            return;
        }

        var (document, parseRefusal) = http.RequestServices.GetRequiredService<QueryDocument>().Parse(graphQLRequest.Query, options);
        if (parseRefusal is not null)
        {
            await RefuseAsync(http, access, parseRefusal, responseType);
            return;
        }

        budget.ThrowIfCancellationRequested();
        access.Operation ??= document!.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault()?.Name?.StringValue;
        await ExecuteAsync(http, graphQLRequest, document!, responseType, serializer, options, access, budget);
    }

    private static async Task ExecuteAsync(HttpContext http, GraphQLRequest graphQLRequest, GraphQLDocument document, string responseType,
        IGraphQLTextSerializer serializer, ApiOptions options, AccessRecord access, CancellationToken budget)
    {
        var context = new ApiRequestContext
        {
            CorrelationId = http.TraceIdentifier,
            ViaGet = HttpMethods.IsGet(http.Request.Method),
            ImportKeyConfigured = !string.IsNullOrEmpty(options.ImportKey),
            ImportKeyAccepted = KeyMatches(options.ImportKey, http.Request.Headers[ImportKeyHeader].ToString()),
        };
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var documents = http.RequestServices.GetRequiredService<QueryDocument>();
        var validated = documents.WasValidated(document, graphQLRequest.OperationName);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = graphQLRequest.Query,
            Document = document,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            OperationName = graphQLRequest.OperationName,
            RequestServices = http.RequestServices,
            UserContext = context,
            CancellationToken = budget,
            // null: the standard rules and the application's; for an operation that passed them before, only those that read the request.
            ValidationRules = validated ? QueryDocument.RequestRules : null,
        });
        budget.ThrowIfCancellationRequested();

        if (result.Executed && !validated)
        {
            documents.MarkValidated(document, graphQLRequest.OperationName);
        }

        var codes = new List<string>();
        if (result.Errors is { Count: > 0 } errors)
        {
            var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(AccessLog.ErrorCategory);
            foreach (var error in errors)
            {
                error.Data[ApiErrorInfoProvider.CorrelationIdKey] = context.CorrelationId;
                var code = ApiErrorInfoProvider.CodeOf(error);
                codes.Add(code);
                AccessLog.Error(logger, context.CorrelationId, code, error.Message, error.Path is null ? null : string.Join('.', error.Path));
            }
        }

        access.Codes = codes;
        http.Response.StatusCode = StatusFor(result, codes, responseType);
        if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
        }

        http.Response.ContentType = responseType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static Task RefuseAsync(HttpContext http, AccessRecord access, Refusal refusal, string responseType)
    {
        access.Codes = [refusal.Code];
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(AccessLog.ErrorCategory);
        AccessLog.Error(logger, http.TraceIdentifier, refusal.Code, refusal.Message, null);
        var status = refusal.FollowsMediaType && responseType != MediaTypes.GraphQLResponse ? StatusCodes.Status200OK : refusal.Status;
        return HttpErrors.WriteAsync(http, status, refusal.Code, refusal.Message, responseType, refusal.Location);
    }

    /// <summary>The budget ran out (TIMEOUT, 504), the server is stopping (503), or the client left (nothing to answer).</summary>
    private static Task AnswerCancelledAsync(HttpContext http, ApiOptions options, AccessRecord access)
    {
        if (http.RequestAborted.IsCancellationRequested)
        {
            access.Codes = ["CLIENT_CLOSED_REQUEST"];
            http.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            return Task.CompletedTask;
        }

        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested;
        var refusal = stopping
            ? new Refusal(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable, "The server is shutting down; try again shortly.")
            : new Refusal(StatusCodes.Status504GatewayTimeout, ErrorCodes.Timeout, $"The request took longer than {options.Timeout.TotalSeconds:0.###} s and was stopped.");
        return RefuseAsync(http, access, refusal, ResponseType(http.Request) ?? MediaTypes.Json);
    }

    /// <summary>
    /// 503 when Neo4j is down; 405/403 for a refused mutation; other request errors (nothing ran) are
    /// 400 in the GraphQL-over-HTTP media type and 200 in legacy <c>application/json</c>, as the spec says.
    /// </summary>
    private static int StatusFor(ExecutionResult result, List<string> codes, string responseType)
    {
        if (codes.Contains(ErrorCodes.ServiceUnavailable))
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (result.Executed || codes.Count == 0)
        {
            return StatusCodes.Status200OK;
        }

        if (codes.Contains(ErrorCodes.MethodNotAllowed))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (codes.Contains(ErrorCodes.Forbidden))
        {
            return StatusCodes.Status403Forbidden;
        }

        return responseType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private static bool KeyMatches(string? configured, string given) =>
        !string.IsNullOrEmpty(configured) && given.Length > 0
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(configured), Encoding.UTF8.GetBytes(given));

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The response type the client accepts; with no Accept header, legacy <c>application/json</c>.</summary>
    private static string? ResponseType(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0)
        {
            return MediaTypes.Json;
        }

        var acceptable = accepted.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1).ToList();
        if (acceptable.Any(a => a.MediaType.Equals(MediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase)))
        {
            return MediaTypes.GraphQLResponse;
        }

        return acceptable.Any(a => a.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
                || a.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || a.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            ? MediaTypes.Json
            : null;
    }

    private static (GraphQLRequest? Request, Refusal? Refusal) ReadQueryString(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        try
        {
            var query = request.Query;
            return (new GraphQLRequest
            {
                Query = query["query"].ToString(),
                OperationName = query.TryGetValue("operationName", out var name) && name.ToString().Length > 0 ? name.ToString() : null,
                Variables = query.TryGetValue("variables", out var variables) && variables.ToString().Length > 0 ? serializer.Deserialize<Inputs>(variables.ToString()) : null,
                Extensions = query.TryGetValue("extensions", out var extensions) && extensions.ToString().Length > 0 ? serializer.Deserialize<Inputs>(extensions.ToString()) : null,
            }, null);
        }
        catch (JsonException)
        {
            return (null, new Refusal(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "'variables' or 'extensions' is not a JSON object."));
        }
    }

    private static async Task<(GraphQLRequest? Request, Refusal? Refusal)> ReadBodyAsync(HttpRequest request, IGraphQLTextSerializer serializer, long maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, new Refusal(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"Send the request as {MediaTypes.Json}."));
        }

        var tooLarge = new Refusal(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
        if (request.ContentLength > maxBytes)
        {
            return (null, tooLarge);
        }

        var text = await ReadAtMostAsync(request.Body, request.ContentLength, maxBytes, cancellationToken);
        if (text is null)
        {
            return (null, tooLarge);
        }

        if (text.TrimStart().StartsWith('['))
        {
            return (null, new Refusal(StatusCodes.Status400BadRequest, ErrorCodes.BatchingNotSupported, "Batched requests are not supported: send one operation per request."));
        }

        try
        {
            return (serializer.Deserialize<GraphQLRequest>(text), null);
        }
        catch (JsonException)
        {
            return (null, new Refusal(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The body is not a JSON GraphQL request ({\"query\": ...})."));
        }
    }

    /// <summary>
    /// The body as text, or null when it is longer than <paramref name="maxBytes"/> (a missing or false Content-Length cannot get past this).
    /// Read in a pooled chunk into a buffer sized by the Content-Length when given: a request allocates its text and little else.
    /// </summary>
    private static async Task<string?> ReadAtMostAsync(Stream body, long? length, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(length is > 0 && length <= maxBytes ? (int)length.Value : 0);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
