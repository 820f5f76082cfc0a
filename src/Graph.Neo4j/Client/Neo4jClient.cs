using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Graph.Neo4j.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Neo4j.Client;

/// <summary>
/// Talks to Neo4j over its HTTP Cypher API (the transactional endpoint), on Neo4j 3.x, 4.x and 5.x.
/// One instance per process: it owns one pooled <see cref="HttpClient"/>.
/// </summary>
public sealed class Neo4jClient : ICypherRunner, IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly ILogger _logger;
    private readonly RetryPolicy _retry;
    private readonly SemaphoreSlim _discovery = new(1, 1);
    private Uri? _transactionEndpoint;
    private long _roundTrips;

    public Neo4jClient(Neo4jOptions options, ILogger<Neo4jClient>? logger = null, HttpMessageHandler? handler = null, TimeProvider? time = null)
    {
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        handler ??= new SocketsHttpHandler
        {
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _retry = new RetryPolicy(options, _logger, time ?? TimeProvider.System) { InitialDelay = options.RetryInitialDelay };
    }

    public Uri Uri => _options.Uri;

    /// <summary>HTTP requests sent to Neo4j so far, for tests and metrics (N+1 shows up here).</summary>
    public long RoundTrips => Interlocked.Read(ref _roundTrips);

    /// <summary>The transactional endpoint, found from <c>GET /</c> on first use.</summary>
    public async Task<Uri> GetTransactionEndpointAsync(CancellationToken cancellationToken = default)
    {
        if (_transactionEndpoint is { } known)
        {
            return known;
        }

        await _discovery.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _transactionEndpoint ??= await _retry.ExecuteAsync("Discovery", DiscoverAsync, safeToRepeat: true, cancellationToken).ConfigureAwait(false);
            return _transactionEndpoint;
        }
        finally
        {
            _discovery.Release();
        }
    }

    public async Task<CypherResult> RunAsync(Cypher statement, CancellationToken cancellationToken = default) =>
        (await RunAsync([statement], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// Runs the statements in one auto-commit transaction: all apply or none. Retried on transient
    /// errors (Neo4j rolled back, so nothing applied); after a dropped connection only when every
    /// statement is <see cref="Cypher.Idempotent"/>.
    /// </summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<Cypher> statements, CancellationToken cancellationToken = default) =>
        RunAsync(statements, readOnly: false, cancellationToken);

    /// <param name="readOnly">sends <c>access-mode: READ</c>, which Neo4j 4.4.4 and later enforce (see <see cref="Neo4jReader"/>).</param>
    internal async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<Cypher> statements, bool readOnly, CancellationToken cancellationToken)
    {
        var endpoint = await GetTransactionEndpointAsync(cancellationToken).ConfigureAwait(false);
        var commit = new Uri(endpoint + "/commit");
        var safe = statements.All(s => s.Idempotent);
        var response = await _retry.ExecuteAsync(NameOf(statements),
            ct => SendAsync(HttpMethod.Post, commit, statements, ct, readOnly), safe, cancellationToken).ConfigureAwait(false);
        return response.Results;
    }

    /// <summary>Opens an explicit transaction; dispose it without committing to roll it back.</summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        var endpoint = await GetTransactionEndpointAsync(cancellationToken).ConfigureAwait(false);
        var response = await _retry.ExecuteAsync("BeginTransaction",
            ct => SendAsync(HttpMethod.Post, endpoint, [], ct), safeToRepeat: false, cancellationToken).ConfigureAwait(false);
        var location = response.Location ?? throw new Neo4jException("Neo.DatabaseError.General.UnknownError", "Neo4j opened a transaction without saying where it is.");
        return new Neo4jTransaction(this, location, _logger);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it; on a transient error or a dropped
    /// connection the transaction is rolled back and the whole work is run again, as the official
    /// drivers' transaction functions do. The work must therefore be safe to repeat.
    /// </summary>
    public Task<T> ExecuteAsync<T>(string name, Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        InTransactionAsync(name, work, commit: true, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and rolls it back: what the work would change, seen by
    /// each of its own statements and by nobody else (a dry run). Retried as <see cref="ExecuteAsync{T}"/> is:
    /// a transient error (a deadlock with another writer) rolls the transaction back, and the whole work runs again.
    /// </summary>
    public Task<T> RolledBackAsync<T>(string name, Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        InTransactionAsync(name, work, commit: false, cancellationToken);

    private Task<T> InTransactionAsync<T>(string name, Func<Neo4jTransaction, CancellationToken, Task<T>> work, bool commit, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(name, async ct =>
        {
            await using var transaction = await BeginTransactionAsync(ct).ConfigureAwait(false);
            var result = await work(transaction, ct).ConfigureAwait(false);
            await (commit ? transaction.CommitAsync(ct) : transaction.RollbackAsync(ct)).ConfigureAwait(false);
            return result;
        }, safeToRepeat: true, cancellationToken);

    public void Dispose()
    {
        _http.Dispose();
        _discovery.Dispose();
    }

    internal async Task<Neo4jResponse> SendAsync(HttpMethod method, Uri uri, IReadOnlyList<Cypher> statements, CancellationToken cancellationToken, bool readOnly = false)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (readOnly)
        {
            request.Headers.Add(Neo4jReader.AccessModeHeader, "READ");
        }

        if (method != HttpMethod.Delete)
        {
            request.Content = new ByteArrayContent(ParameterWriter.WriteStatements(statements));
            request.Content.Headers.ContentType = Json;
        }

        Interlocked.Increment(ref _roundTrips);
        Neo4jRequestCount.Increment();
        var stopwatch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            // Headers first, then the body straight into a pooled buffer (ResponseBuffer): no copy of it on the large object heap.
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            ResponseBuffer body;
            await using (var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false))
            {
                body = await ResponseBuffer.ReadAsync(stream, response.Content.Headers.ContentLength, timeout.Token).ConfigureAwait(false);
            }

            LogIfSlow(statements, stopwatch.Elapsed);
            var parsed = Neo4jResponse.Parse(response.StatusCode, response.Headers.Location, body, uri);
            // Recorded once Neo4j accepted them: the Cypher 5 gate checks what really runs.
            foreach (var statement in statements)
            {
                CypherRecorder.Record(statement, readOnly);
            }

            return parsed;
        }
        catch (HttpRequestException error) when (error.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            throw new Neo4jUnavailableException(_options.Uri, Reason(error), requestSent: false, error);
        }
        catch (HttpRequestException error)
        {
            throw new Neo4jUnavailableException(_options.Uri, $"the connection dropped ({Reason(error)})", requestSent: true, error);
        }
        catch (IOException error)
        {
            // The body is read after the headers came: a connection that drops then fails here, not in SendAsync.
            throw new Neo4jUnavailableException(_options.Uri, $"the connection dropped while the answer came ({error.Message})", requestSent: true, error);
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jUnavailableException(_options.Uri, $"no answer within {_options.RequestTimeout.TotalSeconds:0} s", requestSent: true, error);
        }
    }

    private async Task<Uri> DiscoverAsync(CancellationToken cancellationToken)
    {
        Neo4jResponse root;
        try
        {
            root = await SendAsync(HttpMethod.Get, _options.Uri, [], cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException error) when (error is not Neo4jAuthenticationException)
        {
            throw new Neo4jUnavailableException(_options.Uri, $"it does not look like Neo4j ({error.Neo4jMessage})", requestSent: true, error);
        }

        // 4.x and 5.x: {"transaction": "http://host:7474/db/{databaseName}/tx", ...}; 3.x: {"data": "http://host:7474/db/data/", ...}.
        // Only the path is taken: the host Neo4j advertises may not be the one we reach it by (a container, a proxy).
        string path;
        if (root.Discovery.TryGetValue("transaction", out var template))
        {
            path = new Uri(template).AbsolutePath.Replace("%7BdatabaseName%7D", Uri.EscapeDataString(_options.Database), StringComparison.OrdinalIgnoreCase)
                .Replace("{databaseName}", Uri.EscapeDataString(_options.Database), StringComparison.Ordinal);
        }
        else if (root.Discovery.TryGetValue("data", out var data))
        {
            path = new Uri(data).AbsolutePath.TrimEnd('/') + "/transaction";
        }
        else
        {
            throw new Neo4jUnavailableException(_options.Uri, "GET / named no transactional endpoint; is this the Neo4j HTTP port?", requestSent: true, null);
        }

        return new Uri(_options.Uri, path);
    }

    private void LogIfSlow(IReadOnlyList<Cypher> statements, TimeSpan elapsed)
    {
        if (elapsed >= _options.SlowStatementThreshold && statements.Count > 0)
        {
            _logger.LogWarning("Slow Neo4j request {Statements}: {Elapsed} ms", NameOf(statements), (long)elapsed.TotalMilliseconds);
        }
    }

    private static string NameOf(IReadOnlyList<Cypher> statements) =>
        statements.Count switch
        {
            0 => "(no statement)",
            1 => statements[0].Name,
            _ => string.Join(",", statements.Select(s => s.Name).Distinct()),
        };

    private static string Reason(HttpRequestException error) =>
        error.InnerException is { } inner ? inner.Message : error.Message;
}
