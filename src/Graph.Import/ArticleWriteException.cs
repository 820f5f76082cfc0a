using Graph.Neo4j.Errors;

namespace Graph.Import;

/// <summary>
/// Neo4j refused the write of one article (a broken constraint, say): nothing of that article was
/// written, the articles before it were. The message names the article and its file, then Neo4j's error.
/// </summary>
public sealed class ArticleWriteException : Neo4jClientException
{
    public ArticleWriteException(string articleId, string sourceFile, Neo4jClientException error)
        : base(error.Code, $"article {articleId} ({sourceFile}) was not written: {error.Neo4jMessage}")
    {
        ArticleId = articleId;
        SourceFile = sourceFile;
        Error = error;
    }

    public string ArticleId { get; }

    public string SourceFile { get; }

    /// <summary>What Neo4j reported.</summary>
    public Neo4jClientException Error { get; }
}
