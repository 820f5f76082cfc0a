using System.Net;
using System.Text;

namespace Graph.Neo4j.Tests.Client;

/// <summary>
/// Sits in front of the real Neo4j and injects, for the first <c>faults</c> requests to the
/// transactional endpoint (those <c>where</c> picks, when given), a fault the real server will not
/// produce on demand; later requests pass through to the real server.
/// </summary>
internal sealed class FaultInjectingHandler(Func<HttpRequestMessage, HttpResponseMessage> fault, int faults, Func<HttpRequestMessage, bool>? where = null)
    : DelegatingHandler(new SocketsHttpHandler())
{
    private int _remaining = faults;

    public int Injected { get; private set; }

    public static HttpResponseMessage TransientError(HttpRequestMessage _) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(
            """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"injected deadlock"}]}""",
            Encoding.UTF8, "application/json"),
    };

    /// <summary>What Neo4j answers a statement that met a node another transaction deleted while it ran.</summary>
    public static HttpResponseMessage ConcurrentlyDeleted(HttpRequestMessage _) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(
            """{"results":[],"errors":[{"code":"Neo.ClientError.Statement.EntityNotFound","message":"injected: Unable to load NODE with id 213."}]}""",
            Encoding.UTF8, "application/json"),
    };

    /// <summary>A statement sent into a transaction already open (<c>.../transaction/{id}</c>), not one that opens or commits it.</summary>
    public static bool InOpenTransaction(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri!.Segments[^1].TrimEnd('/').All(char.IsAsciiDigit);

    public static HttpResponseMessage DroppedConnection(HttpRequestMessage _) =>
        throw new HttpRequestException(HttpRequestError.ResponseEnded, "injected: the server closed the connection");

    /// <summary>The headers came, then the connection dropped in the middle of the body.</summary>
    public static HttpResponseMessage DroppedWhileAnswering(HttpRequestMessage _) => new(HttpStatusCode.OK)
    {
        Content = new StreamContent(new BrokenStream("""{"results":[{"columns":["x"],"data":[{"row":["""u8.ToArray())),
    };

    private sealed class BrokenStream(byte[] start) : MemoryStream(start)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position < Length ? base.ReadAsync(buffer, cancellationToken) : throw new IOException("injected: the connection dropped in the body");

        public override int Read(byte[] buffer, int offset, int count) =>
            Position < Length ? base.Read(buffer, offset, count) : throw new IOException("injected: the connection dropped in the body");
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isStatement = request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.Contains("/transaction", StringComparison.Ordinal)
            || request.RequestUri!.AbsolutePath.Contains("/tx", StringComparison.Ordinal);
        if (isStatement && (where is null || where(request)) && Interlocked.Decrement(ref _remaining) >= 0)
        {
            Injected++;
            return Task.FromResult(fault(request));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
