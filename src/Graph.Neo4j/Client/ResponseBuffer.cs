using System.Buffers;

namespace Graph.Neo4j.Client;

/// <summary>
/// A response body read into an array rented from <see cref="ArrayPool{T}.Shared"/>, and the
/// <see cref="System.Text.Json.JsonDocument"/> parsed over it (which reads the bytes in place and rents its own index).
/// A claim page's answer is about 100 KB: read into a new array it lands on the large object heap each time, so
/// that a busy API runs full collections; rented, it is used again by the next request once released.
/// Released at most once, by <see cref="Release"/>; a buffer never released is left to the garbage collector.
/// </summary>
internal sealed class ResponseBuffer
{
    private const int FirstSize = 16 * 1024;
    private byte[]? _bytes;
    private System.Text.Json.JsonDocument? _document;

    private ResponseBuffer(byte[] bytes, int length)
    {
        _bytes = bytes;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => _bytes is { } bytes ? bytes.AsMemory(0, Length) : throw new ObjectDisposedException(nameof(ResponseBuffer));

    /// <summary>Reads <paramref name="body"/> to its end; <paramref name="expected"/> is its Content-Length when given.</summary>
    public static async Task<ResponseBuffer> ReadAsync(Stream body, long? expected, CancellationToken cancellationToken)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(expected is > 0 and < int.MaxValue ? (int)expected.Value + 1 : FirstSize);
        var length = 0;
        try
        {
            int read;
            while ((read = await body.ReadAsync(bytes.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length == bytes.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(bytes.Length * 2);
                    bytes.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(bytes);
                    bytes = larger;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }

        return new ResponseBuffer(bytes, length);
    }

    /// <summary>The body parsed, once; the document reads this buffer, so it lives as long as the buffer.</summary>
    public System.Text.Json.JsonDocument Parse()
    {
        _document ??= System.Text.Json.JsonDocument.Parse(Memory);
        return _document;
    }

    /// <summary>Returns the buffers to the pool: nothing read from the document may be used afterwards.</summary>
    public void Release()
    {
        var (bytes, document) = (Interlocked.Exchange(ref _bytes, null), Interlocked.Exchange(ref _document, null));
        document?.Dispose();
        if (bytes is not null)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
