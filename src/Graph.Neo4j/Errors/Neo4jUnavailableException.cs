namespace Graph.Neo4j.Errors;

/// <summary>Neo4j could not be reached, or stopped answering, within the configured time.</summary>
public sealed class Neo4jUnavailableException : Exception
{
    public Neo4jUnavailableException(Uri uri, string reason, Exception? innerException = null)
        : this(uri, reason, requestSent: false, innerException)
    {
    }

    internal Neo4jUnavailableException(Uri uri, string reason, bool requestSent, Exception? innerException)
        : base($"Neo4j is not reachable at {uri}: {reason}", innerException)
    {
        Uri = uri;
        Reason = reason;
        RequestSent = requestSent;
    }

    /// <summary>Whether the request may have reached Neo4j before the connection failed (then it may have been applied).</summary>
    public bool RequestSent { get; }

    public Uri Uri { get; }

    public string Reason { get; }
}
