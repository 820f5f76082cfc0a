namespace Graph.Neo4j.Client;

/// <summary>
/// One Cypher statement with its parameters. <paramref name="Name"/> says what it is for
/// (<c>UpsertArticle</c>, <c>ClaimsInvolving</c>) so that logs and the Cypher gate point at one place.
/// Values travel only as parameters; the text is always a constant of the code.
/// </summary>
public sealed record Cypher(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public Cypher(string name, string text)
        : this(name, text, new Dictionary<string, object?>())
    {
    }

    /// <summary>Safe to send again after a dropped connection (reads, or writes made only of MERGE and SET).</summary>
    public bool Idempotent { get; init; }

    /// <summary>
    /// The Neo4j 5 statement this one was translated from, when it was (schema statements sent to
    /// Neo4j 3): the Cypher 5 gate checks the source, not the translation.
    /// </summary>
    public string? TranslatedFrom { get; init; }
}
