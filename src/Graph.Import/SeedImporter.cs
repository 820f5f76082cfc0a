using System.Text.Json;
using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;
using Graph.Neo4j.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Import;

/// <summary>
/// Writes a validated <see cref="SeedSet"/> into Neo4j: the shared things in one transaction, then
/// the articles, each with all its statements in one request (one transaction, shared by up to
/// <see cref="ArticlesPerRequest"/> articles, each kind of write one statement over all of them:
/// <see cref="ArticleWrites"/>), so an article lands whole or not at all. Every write is a MERGE keyed
/// on a uniquely constrained id, so importing twice changes nothing and concurrent imports cannot
/// duplicate a node.
/// </summary>
public sealed class SeedImporter(Neo4jClient client, ILogger<SeedImporter>? logger = null)
{
    // A claim id is a name: the reports of other articles that give this name to another claim (other content).
    private const string ClaimsNamedOtherwise = """
        UNWIND $claims AS claim
        MATCH (r:Report {claimName: claim.name})-[:REPORTS]->(c:Claim)
        WHERE c.id <> claim.id
        MATCH (r)-[:IN]->(a:Article)
        WHERE NOT a.id IN $articles
        WITH claim, c, collect(DISTINCT a.id) AS articles
        RETURN claim.name AS name, c {.*} AS node, [(c)-[:ABOUT]->(e:Entity) | e.id] AS about, articles
        """;

    /// <summary>
    /// The most articles one request (one transaction) carries. An article's statements are never split
    /// across requests; grouping articles saves Neo4j a commit per article, which cost more than all of
    /// an article's statements when measured (docs/benchmarks.md). A group that fails is sent again one
    /// article per request, so the import stops at the failing article with the ones before it written,
    /// exactly as if each article were its own request, and the error names that article
    /// (<see cref="ArticleWriteException"/>). A group ends early rather than hold two articles that
    /// declare the same thing (<see cref="ArticleWrites.Groups"/>).
    /// </summary>
    public const int ArticlesPerRequest = 10;

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

        // One read per import, not per article, before anything is written: a conflict stops the whole import.
        if (await FindClaimConflictsAsync(seed, cancellationToken).ConfigureAwait(false) is { Count: > 0 } conflicts)
        {
            throw new ClaimConflictException(conflicts);
        }

        // A dry run sends every step into one transaction that is rolled back at the end, so each
        // article sees what the ones before it wrote and the counts are exactly what the import would do.
        // Another import writing at the same time can make Neo4j break a deadlock by failing this one
        // (a transient error that rolls it back): the whole dry run then runs again, counted afresh.
        return dryRun
            ? await client.RolledBackAsync("DryRun", (transaction, ct) => WriteSeedAsync(seed, transaction, progress, ct), cancellationToken).ConfigureAwait(false)
            : await WriteSeedAsync(seed, transaction: null, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every write of the seed, each article's in one request, or all in <paramref name="transaction"/> when given (a dry run).</summary>
    private async Task<ImportSummary> WriteSeedAsync(SeedSet seed, Neo4jTransaction? transaction, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var summary = new ImportSummary();
        var steps = seed.Articles.Count + (seed.Entities.Count > 0 ? 1 : 0);
        var done = 0;
        if (seed.Entities.Count > 0)
        {
            await WriteAsync(EntityWrites.For(seed.Entities, inline: false), transaction, summary, cancellationToken).ConfigureAwait(false);
            progress?.Report(new ImportProgress(++done, steps, "shared things"));
        }

        // All of an article's statements go in one request: everything its write needs to know about the
        // graph as it was is read inside its own statements, so nothing is read before writing. This is
        // also what a Neo4j cluster's server-side routing needs: the HTTP API routes a transaction only
        // when it is a single request (tx/commit).
        foreach (var group in ArticleWrites.Groups(seed.Articles, ArticlesPerRequest))
        {
            await WriteArticlesAsync(group, transaction, summary, cancellationToken).ConfigureAwait(false);
            foreach (var article in group)
            {
                _logger.LogInformation("Imported article {Article} from {File}", article.Id, article.SourceFile);
                progress?.Report(new ImportProgress(++done, steps, article.Id));
            }
        }

        // One read per import, not per article: the facts are settled in code (FactRules) from the evidence rows.
        summary.DisputedFacts = await DisputedFactsAsync(seed, transaction, cancellationToken).ConfigureAwait(false);
        return summary;
    }

    /// <summary>
    /// The claims of <paramref name="seed"/> whose id articles outside the seed already give to a claim
    /// with other content. A seed read as a whole is checked for this by the validator; an article
    /// imported on its own (one file, or the GraphQL mutation) needs the graph.
    /// </summary>
    private async Task<IReadOnlyList<ClaimConflict>> FindClaimConflictsAsync(SeedSet seed, CancellationToken cancellationToken = default)
    {
        var claims = seed.Articles.SelectMany(a => a.Claims)
            .Select(c => new Dictionary<string, object?> { ["name"] = c.Claim.Name, ["id"] = c.Claim.NodeId })
            .ToList();
        if (claims.Count == 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?> { ["claims"] = claims, ["articles"] = seed.Articles.Select(a => a.Id).ToList() };
        var result = await client.RunAsync(new Cypher("ClaimsNamedOtherwise", ClaimsNamedOtherwise, parameters) { Idempotent = true }, cancellationToken).ConfigureAwait(false);
        var others = new Dictionary<string, (ClaimDefinition Claim, IReadOnlyList<string> Articles)>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            var node = row["node"];
            var claim = ClaimFields.Read(row.GetString("name"), p => Text(node, p), p => Number(node, p), row.GetStrings("about"));
            others.TryAdd(claim.Name, (claim, row.GetStrings("articles")));
        }

        return
        [
            .. from article in seed.Articles
               from claim in article.Claims.Select((c, i) => (c.Claim, Index: i))
               where others.ContainsKey(claim.Claim.Name)
               let other = others[claim.Claim.Name]
               select new ClaimConflict(article.Id, article.SourceFile, claim.Index, claim.Claim.Name,
                   [.. other.Articles.Order(StringComparer.Ordinal)], ClaimKey.Differences(claim.Claim, other.Claim)),
        ];

        static string? Text(JsonElement node, string name) =>
            node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        static double? Number(JsonElement node, string name) =>
            node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
    }

    /// <summary>
    /// The facts of the things the seed's claims are about that the graph now holds as DISPUTED (docs/model.md,
    /// "Facts come from claims"): a file that gives another value adds its claim beside the first, and this says so.
    /// </summary>
    private async Task<IReadOnlyList<string>> DisputedFactsAsync(SeedSet seed, Neo4jTransaction? transaction, CancellationToken cancellationToken)
    {
        var things = seed.Articles.SelectMany(a => a.Claims.SelectMany(c => c.Claim.About)).Distinct(StringComparer.Ordinal).ToList();
        if (things.Count == 0)
        {
            return [];
        }

        var statement = new Cypher("DisputedFactsEvidence", FactEvidenceCypher.Evidence, new Dictionary<string, object?> { ["keys"] = things, ["asOf"] = null }) { Idempotent = true };
        var result = transaction is null
            ? await client.RunAsync(statement, cancellationToken).ConfigureAwait(false)
            : await transaction.RunAsync(statement, cancellationToken).ConfigureAwait(false);
        return
        [
            .. from row in result.Rows
               let read = FactEvidenceCypher.Read(row["node"], row.GetString("firstReported"), row.GetStrings("origins"))
               group read by row.GetString("key") into thing
               let kind = thing.SelectMany(r => r.About).FirstOrDefault(a => a.Id == thing.Key)
               where kind.Id is not null
               from fact in FactEvidenceCypher.Settle(kind.Kind, thing.Key, thing)
               where fact.Status == Knowledge.Facts.FactStatus.Disputed
               orderby thing.Key, fact.Name
               select fact.Value is null && fact.Quantity is null
                   ? $"{thing.Key} {fact.Name}: no value settles between {fact.SupportedBy.Count + fact.ContestedBy.Count} claim(s)"
                   : $"{thing.Key} {fact.Name}: {fact.Value ?? ClaimKey.Describe(fact.Quantity!)}, contested by {fact.ContestedBy.Count} claim(s)",
        ];
    }

    /// <summary>
    /// Removes an article, its reports, the claims only it reported and the inline things only it
    /// used. Shared things stay. The summary counts 0 articles removed when there was no such article.
    /// </summary>
    public async Task<ImportSummary> RetractAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var summary = new ImportSummary();
        await WriteAsync(ArticleWrites.Retraction(articleId), transaction: null, summary, cancellationToken).ConfigureAwait(false);
        return summary;
    }

    private async Task WriteArticlesAsync(ArticleDocument[] group, Neo4jTransaction? transaction, ImportSummary summary, CancellationToken cancellationToken)
    {
        var written = new ImportSummary();
        try
        {
            await WriteAsync(ArticleWrites.For(group), transaction, written, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jClientException error) when (transaction is null && group.Length > 1)
        {
            // Neo4j rolled the whole group back: one request per article writes the ones before the failing one and stops there.
            _logger.LogWarning("A group of {Count} articles failed ({Code}); writing them one per request", group.Length, error.Code);
            foreach (var article in group)
            {
                await WriteArticlesAsync([article], transaction: null, summary, cancellationToken).ConfigureAwait(false);
            }

            return;
        }
        catch (Neo4jClientException error) when (group.Length == 1)
        {
            throw new ArticleWriteException(group[0].Id, group[0].SourceFile, error);
        }

        summary.Add(written);
    }

    private async Task WriteAsync(IEnumerable<GraphWrite> writes, Neo4jTransaction? transaction, ImportSummary summary, CancellationToken cancellationToken)
    {
        var list = writes.ToList();
        // Safe to send again after a dropped connection: every statement converges on the same graph.
        var statements = list.Select(w => w.Statement with { Idempotent = true }).ToList();
        var results = transaction is null
            ? await client.RunAsync(statements, cancellationToken).ConfigureAwait(false)
            : await transaction.RunAsync(statements, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < list.Count; i++)
        {
            list[i].Count(results[i], summary);
        }
    }
}
