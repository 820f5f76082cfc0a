using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Import;

/// <summary>
/// Writes a validated <see cref="SeedSet"/> into Neo4j: the shared things in one transaction, then
/// each article in a transaction of its own (one request to Neo4j), so an article lands whole or not
/// at all. Every write is a MERGE keyed on a uniquely constrained id, so importing twice changes
/// nothing and concurrent imports cannot duplicate a node.
/// </summary>
public sealed class SeedImporter(Neo4jClient client, ILogger<SeedImporter>? logger = null)
{
    private const string DeleteArticleReports = """
        MATCH (r:Report)-[:IN]->(:Article {id: $id})
        DETACH DELETE r
        RETURN 'Report' AS kind, count(*) AS removed
        """;

    private const string DeleteArticle = """
        MATCH (a:Article {id: $id})
        DETACH DELETE a
        RETURN 'Article' AS kind, count(*) AS removed
        """;

    private const string DifferentlyDefinedClaims = """
        UNWIND $claims AS claim
        MATCH (c:Claim {id: claim.id})<-[:REPORTS]-(:Report)-[:IN]->(a:Article)
        WHERE c.hash <> claim.hash AND NOT a.id IN $articles
        RETURN claim.id AS id, collect(DISTINCT a.id) AS articles
        """;

    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <param name="dryRun">run every write in a transaction that is rolled back: the summary says what would change.</param>
    /// <param name="progress">told after the shared things and after each article.</param>
    /// <exception cref="ClaimConflictException">the seed would redefine claims that articles outside it report; nothing is written.</exception>
    public async Task<ImportSummary> ImportAsync(SeedSet seed, bool dryRun = false, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!seed.IsValid)
        {
            throw new ArgumentException($"The seed has {seed.Problems.Count} problem(s); validate it before importing.", nameof(seed));
        }

        if (await FindClaimConflictsAsync(seed, cancellationToken).ConfigureAwait(false) is { Count: > 0 } conflicts)
        {
            throw new ClaimConflictException(conflicts);
        }

        var summary = new ImportSummary();
        var steps = seed.Articles.Count + (seed.Entities.Count > 0 ? 1 : 0);
        var done = 0;
        if (seed.Entities.Count > 0)
        {
            await WriteAsync(EntityWrites.For(seed.Entities, inline: false), dryRun, summary, cancellationToken).ConfigureAwait(false);
            progress?.Report(new ImportProgress(++done, steps, "shared things"));
        }

        foreach (var article in seed.Articles)
        {
            await WriteAsync(ArticleWrites.For(article), dryRun, summary, cancellationToken).ConfigureAwait(false);
            _logger.LogInformation("Imported article {Article} from {File}", article.Id, article.SourceFile);
            progress?.Report(new ImportProgress(++done, steps, article.Id));
        }

        return summary;
    }

    /// <summary>
    /// The claims of <paramref name="seed"/> that the graph already holds, reported by articles outside
    /// the seed, with a different definition. A seed read as a whole is checked for this by the
    /// validator; an article imported on its own (one file, or the GraphQL mutation) needs the graph.
    /// </summary>
    private async Task<IReadOnlyList<ClaimConflict>> FindClaimConflictsAsync(SeedSet seed, CancellationToken cancellationToken = default)
    {
        var claims = seed.Articles.SelectMany(a => a.Claims)
            .Select(c => new Dictionary<string, object?> { ["id"] = c.Claim.Id, ["hash"] = ArticleWrites.ClaimHash(c.Claim) })
            .ToList();
        if (claims.Count == 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?> { ["claims"] = claims, ["articles"] = seed.Articles.Select(a => a.Id).ToList() };
        var result = await client.RunAsync(new Cypher("DifferentlyDefinedClaims", DifferentlyDefinedClaims, parameters) { Idempotent = true }, cancellationToken).ConfigureAwait(false);
        var others = result.Rows.ToDictionary(r => r.GetString("id"), r => r.GetStrings("articles"), StringComparer.Ordinal);
        return
        [
            .. from article in seed.Articles
               from claim in article.Claims.Select((c, i) => (c.Claim.Id, Index: i))
               where others.ContainsKey(claim.Id)
               select new ClaimConflict(article.Id, article.SourceFile, claim.Index, claim.Id, [.. others[claim.Id].Order(StringComparer.Ordinal)]),
        ];
    }

    /// <summary>
    /// Removes an article, its reports, the claims only it reported and the inline things only it
    /// used. Shared things stay. The summary counts 0 articles removed when there was no such article.
    /// </summary>
    public async Task<ImportSummary> RetractAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var id = new Dictionary<string, object?> { ["id"] = articleId };
        var writes = new List<GraphWrite>
        {
            GraphWrite.Removals(new Cypher("DeleteArticleReports", DeleteArticleReports, id)),
            GraphWrite.Removals(new Cypher("DeleteArticle", DeleteArticle, id)),
        };
        writes.AddRange(Cleanup.Orphans());
        var summary = new ImportSummary();
        await WriteAsync(writes, dryRun: false, summary, cancellationToken).ConfigureAwait(false);
        return summary;
    }

    private async Task WriteAsync(IEnumerable<GraphWrite> writes, bool dryRun, ImportSummary summary, CancellationToken cancellationToken)
    {
        var list = writes.ToList();
        // Safe to send again after a dropped connection: every statement converges on the same graph.
        var statements = list.Select(w => w.Statement with { Idempotent = true }).ToList();
        IReadOnlyList<CypherResult> results;
        if (dryRun)
        {
            await using var transaction = await client.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            results = await transaction.RunAsync(statements, cancellationToken).ConfigureAwait(false);
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            results = await client.RunAsync(statements, cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < list.Count; i++)
        {
            list[i].Count(results[i], summary);
        }
    }
}
