using Graph.Neo4j.Client;
using Graph.Testing;
using Xunit;

namespace Graph.Import.Tests;

/// <summary>Articles of the tests' own: edited, retracted, dry-run, imported eight times at once.</summary>
public sealed class ArticleLifecycleTests(Neo4jFixture neo4j) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public async Task An_edited_article_updates_the_graph_to_match()
    {
        using var seed = new TestSeed();
        seed.WriteSampleArticle();
        await new SeedImporter(neo4j.Client).ImportAsync(seed.Read());
        seed.WriteSampleArticle(edited: true);

        var summary = await new SeedImporter(neo4j.Client).ImportAsync(seed.Read());

        // The drill goes, and with it the claim about it and the two facts it gave itself (its date and place).
        Assert.Equal(3, summary.Count("Report", ChangeKind.Removed));
        Assert.Equal(3, summary.Count("Claim", ChangeKind.Removed));
        Assert.Equal(1, summary.Count("Event", ChangeKind.Removed));
        // The troops report has a new quote and relay; the town report moved from third to second place.
        Assert.Equal(2, summary.Count("Report", ChangeKind.Updated));
        var p = seed.Prefix;
        Assert.Equal([$"claim {p}-town-quiet", $"claim {p}-troops", $"{p}-agency", $"{p}-article", $"{p}-article/{p}-town-quiet", $"{p}-article/{p}-troops", $"{p}-town", $"{p}-wire"], await IdsStartingWithAsync(p));
        var relays = await neo4j.Client.RunAsync(new Cypher("TestRelays", """
            MATCH (:Report {id: $report})-[v:RELAYED_BY]->(e)
            RETURN e.id AS id ORDER BY v.order
            """, new Dictionary<string, object?> { ["report"] = $"{p}-article/{p}-troops" }));
        Assert.Equal([$"{p}-wire", $"{p}-agency"], relays.Rows.Select(r => r.GetString("id")));
        await new SeedImporter(neo4j.Client).RetractAsync(seed.ArticleId);
    }

    [Fact]
    public async Task Each_report_stores_its_sort_key_and_a_new_date_moves_it()
    {
        using var seed = new TestSeed();
        seed.WriteSampleArticle();
        await new SeedImporter(neo4j.Client).ImportAsync(seed.Read());
        var p = seed.Prefix;

        // publishedOn, published (here the day the file gives), the claim's position in the file zero-padded to six digits, the report's id.
        var keys = await SortKeysAsync(seed.ArticleId);
        var byId = keys.ToDictionary(k => k.Id, k => k.Key);
        Assert.Equal($"2024-11-13 2024-11-13 000001 {p}-article/{p}-troops", byId[$"{p}-article/{p}-troops"]);
        Assert.Equal($"2024-11-13 2024-11-13 000003 {p}-article/{p}-town-quiet", byId[$"{p}-article/{p}-town-quiet"]);
        Assert.All(keys, k => Assert.Equal(Expected(k), k.Key));

        // A new time moves every report of the article, though no report's content changed.
        seed.WriteSampleArticle(published: "2024-11-14T08:00:00+07:00");
        var moved = await new SeedImporter(neo4j.Client).ImportAsync(seed.Read());
        Assert.Equal(0, moved.Count("Report", ChangeKind.Updated));
        var movedKeys = await SortKeysAsync(seed.ArticleId);
        Assert.Equal(keys.Count, movedKeys.Count);
        Assert.All(movedKeys, k => Assert.StartsWith("2024-11-14 2024-11-14T08:00:00+07:00 ", k.Key));
        Assert.All(movedKeys, k => Assert.Equal(Expected(k), k.Key));

        // Imported again, nothing changes; on a graph imported before the keys existed, the migration writes them.
        Assert.True((await new SeedImporter(neo4j.Client).ImportAsync(seed.Read())).NothingChanged);
        await neo4j.Client.RunAsync(new Cypher("TestForgetSortKeys", "MATCH (:Article {id: $id})<-[:IN]-(r:Report) REMOVE r.sortKey",
            new Dictionary<string, object?> { ["id"] = seed.ArticleId }));
        Assert.All(await SortKeysAsync(seed.ArticleId), k => Assert.Null(k.Key));
        await new Graph.Neo4j.Schema.SchemaMigrator(neo4j.Client).MigrateAsync();
        Assert.Equal(movedKeys, await SortKeysAsync(seed.ArticleId));
        await new SeedImporter(neo4j.Client).RetractAsync(seed.ArticleId);
    }

    private sealed record SortKey(string Id, string PublishedOn, string? Published, long Position, string? Key);

    /// <summary>The key as docs/model.md describes it, written here in C#, not by the expression under test.</summary>
    private static string Expected(SortKey k) => $"{k.PublishedOn} {k.Published ?? "~"} {k.Position:D6} {k.Id}";

    private async Task<List<SortKey>> SortKeysAsync(string articleId)
    {
        var result = await neo4j.Client.RunAsync(new Cypher("TestSortKeys", """
            MATCH (a:Article {id: $id})<-[:IN]-(r:Report)
            RETURN r.id AS id, a.publishedOn AS publishedOn, a.published AS published, r.position AS position, r.sortKey AS key
            ORDER BY r.position, r.id
            """, new Dictionary<string, object?> { ["id"] = articleId }));
        return [.. result.Rows.Select(r => new SortKey(r.GetString("id"), r.GetString("publishedOn"), r.GetNullableString("published"), r.GetInt64("position"), r.GetNullableString("key")))];
    }

    [Fact]
    public async Task A_retracted_article_leaves_no_orphan_and_shared_things_stay()
    {
        using var seed = new TestSeed();
        seed.WriteSampleArticle();
        await new SeedImporter(neo4j.Client).ImportAsync(seed.Read());
        // 11 nodes, and the drill's date and place: two claims and their reports.
        Assert.Equal(15, (await IdsStartingWithAsync(seed.Prefix)).Count);

        var summary = await new SeedImporter(neo4j.Client).RetractAsync(seed.ArticleId);

        Assert.Empty(await IdsStartingWithAsync(seed.Prefix));
        Assert.Equal(1, summary.Count("Article", ChangeKind.Removed));
        Assert.Equal(5, summary.Count("Claim", ChangeKind.Removed));
        Assert.Equal(5, summary.Count("Report", ChangeKind.Removed));
        var shared = await neo4j.Client.RunAsync(new Cypher("TestShared", "MATCH (e:Entity) WHERE e.id IN ['jatim-times', 'anisa-tri-saraswati', 'russia'] RETURN count(e) AS n"));
        Assert.Equal(3L, shared.Rows[0].GetInt64("n"));
    }

    [Fact]
    public async Task Retracting_an_unknown_article_removes_nothing()
    {
        var summary = await new SeedImporter(neo4j.Client).RetractAsync(Neo4jFixture.UniqueId("missing"));

        Assert.Equal(0, summary.Count("Article", ChangeKind.Removed));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_writes_nothing()
    {
        using var seed = new TestSeed();
        seed.WriteSampleArticle();

        var summary = await new SeedImporter(neo4j.Client).ImportAsync(seed.Read(), dryRun: true);

        Assert.Equal(1, summary.Count("Article", ChangeKind.Created));
        // Three claims in the file and the drill's date and place.
        Assert.Equal(5, summary.Count("Claim", ChangeKind.Created));
        Assert.Empty(await IdsStartingWithAsync(seed.Prefix));
    }

    [Fact]
    public async Task Two_new_articles_sharing_a_claim_count_it_once_and_a_dry_run_counts_what_the_import_does()
    {
        using var seed = new TestSeed();
        // Two articles report the same content (a predicate of the test's own) under other ids and wordings: one claim.
        foreach (var (article, name, wording) in new[] { ("first", "troops", "About 11,000 troops went."), ("second", "about-11000-troops", "Some 11,000 troops went.") })
        {
            File.WriteAllText(Path.Combine(seed.Root, "articles", $"{article}.yaml"), $$"""
                id: {{seed.Prefix}}-{{article}}
                title: A {{article}} test article
                publisher: jatim-times
                published: 2024-11-14
                language: en
                claims:
                  - id: {{seed.Prefix}}-{{name}}
                    statement: {{wording}}
                    predicate: {{seed.Prefix}}-sent
                    about: [russia, north-korea]
                    quantity: { value: 11000, qualifier: approximately, unit: troops }
                    quote: "{{wording}}"
                    from: jatim-times
                  - id: {{seed.Prefix}}-{{article}}-only
                    statement: Only the {{article}} article says this.
                    predicate: {{seed.Prefix}}-said
                    about: russia
                    value: {{article}}
                    quote: "{{article}}"
                """);
        }

        var parsed = seed.Read();

        var dryRun = await new SeedImporter(neo4j.Client).ImportAsync(parsed, dryRun: true);
        var imported = await new SeedImporter(neo4j.Client).ImportAsync(parsed);

        try
        {
            Assert.Equal(3, dryRun.Count("Claim", ChangeKind.Created));
            Assert.Equal(4, dryRun.Count("Report", ChangeKind.Created));
            Assert.Equal(0, dryRun.Count("Claim", ChangeKind.Unchanged));
            Assert.Equal(2, dryRun.Count("Article", ChangeKind.Created));
            foreach (var kind in imported.Kinds.Union(dryRun.Kinds))
            {
                foreach (var change in Enum.GetValues<ChangeKind>())
                {
                    Assert.True(imported.Count(kind, change) == dryRun.Count(kind, change), $"{kind} {change}: import {imported.Count(kind, change)}, dry run {dryRun.Count(kind, change)}");
                }
            }

            var names = await neo4j.Client.RunAsync(new Cypher("TestClaimNames", "MATCH (c:Claim) WHERE $name IN c.names RETURN c.names AS names, size([(c)<-[:REPORTS]-(r:Report) | r]) AS reports",
                new Dictionary<string, object?> { ["name"] = $"{seed.Prefix}-troops" }));
            var row = Assert.Single(names.Rows);
            Assert.Equal([$"{seed.Prefix}-troops", $"{seed.Prefix}-about-11000-troops"], row.GetStrings("names"));
            Assert.Equal(2L, row.GetInt64("reports"));
        }
        finally
        {
            await new SeedImporter(neo4j.Client).RetractAsync($"{seed.Prefix}-second");
            await new SeedImporter(neo4j.Client).RetractAsync($"{seed.Prefix}-first");
        }
    }

    [Fact]
    public async Task Editing_a_claims_content_under_its_id_moves_the_report_to_the_new_claim()
    {
        using var seed = new TestSeed();
        seed.WriteSampleArticle();
        await new SeedImporter(neo4j.Client).ImportAsync(seed.Read());
        var before = await ClaimIdNamedAsync($"{seed.Prefix}-troops");
        seed.WriteArticle(File.ReadAllText(Directory.GetFiles(Path.Combine(seed.Root, "articles"))[0]).Replace("value: 11000", "value: 12000", StringComparison.Ordinal));

        var summary = await new SeedImporter(neo4j.Client).ImportAsync(seed.Read());

        try
        {
            var after = await ClaimIdNamedAsync($"{seed.Prefix}-troops");
            Assert.NotEqual(before, after);
            Assert.Equal(1, summary.Count("Claim", ChangeKind.Created));
            Assert.Equal(1, summary.Count("Claim", ChangeKind.Removed));
            Assert.Equal(1, summary.Count("Report", ChangeKind.Updated));
            var old = await neo4j.Client.RunAsync(new Cypher("TestClaimById", "MATCH (c:Claim {id: $id}) RETURN count(c) AS n", new Dictionary<string, object?> { ["id"] = before }));
            Assert.Equal(0L, old.Rows[0].GetInt64("n"));
        }
        finally
        {
            await new SeedImporter(neo4j.Client).RetractAsync(seed.ArticleId);
        }
    }

    [Fact]
    public async Task An_article_is_never_split_across_requests_and_a_retraction_is_one_request()
    {
        using var seed = new TestSeed();
        seed.WriteSampleArticle();
        foreach (var article in new[] { "second", "third" })
        {
            File.WriteAllText(Path.Combine(seed.Root, "articles", $"{article}.yaml"), $$"""
                id: {{seed.Prefix}}-{{article}}
                title: The {{article}} test article
                publisher: jatim-times
                published: 2024-11-14
                language: en
                claims:
                  - id: {{seed.Prefix}}-{{article}}-said
                    statement: The {{article}} article says this.
                    predicate: {{seed.Prefix}}-said
                    about: russia
                    value: {{article}}
                    quote: "{{article}}"
                """);
        }

        var parsed = seed.Read();
        Assert.Equal(3, parsed.Articles.Count);
        var importer = new SeedImporter(neo4j.Client);
        await neo4j.Client.RunAsync(new Cypher("TestWarmUp", "RETURN 1 AS x"));

        try
        {
            // Per import, not per article: the conflict check before, the shared things, the disputed facts
            // after; the three articles (fewer than SeedImporter.ArticlesPerRequest) share one request.
            Assert.True(SeedImporter.ArticlesPerRequest >= 3);
            var first = Neo4jRequestCount.Start();
            await importer.ImportAsync(parsed);
            Assert.Equal(3 + 1, first.Value);

            seed.WriteSampleArticle(edited: true);
            var edited = Neo4jRequestCount.Start();
            var summary = await importer.ImportAsync(seed.Read());
            Assert.Equal(3 + 1, edited.Value);
            Assert.Equal(3, summary.Count("Report", ChangeKind.Removed));

            var retraction = Neo4jRequestCount.Start();
            await importer.RetractAsync($"{seed.Prefix}-third");
            Assert.Equal(1, retraction.Value);
        }
        finally
        {
            await importer.RetractAsync(seed.ArticleId);
            await importer.RetractAsync($"{seed.Prefix}-second");
            await importer.RetractAsync($"{seed.Prefix}-third");
        }

        Assert.Empty(await IdsStartingWithAsync(seed.Prefix));
    }

    [Fact]
    public async Task An_article_that_fails_in_Neo4j_leaves_the_ones_before_it_written_and_itself_not_at_all()
    {
        using var seed = new TestSeed();
        // The middle article declares a place whose id a node of another label already holds under the
        // Place uniqueness constraint: only Neo4j can tell, when the article is written.
        foreach (var (article, declares) in new[] { ("a-first", ""), ("b-failing", "declares:\n  - id: {p}-taken\n    kind: place\n    type: city\n    name: Taken {p}\n"), ("c-after", "") })
        {
            File.WriteAllText(Path.Combine(seed.Root, "articles", $"{article}.yaml"), ($$"""
                id: {p}-{{article}}
                title: The {{article}} test article
                publisher: jatim-times
                published: 2024-11-14
                language: en
                """ + "\n" + declares + $$"""
                claims:
                  - id: {p}-{{article}}-said
                    statement: The {{article}} article says this.
                    predicate: {p}-said
                    about: russia
                    value: {{article}}
                    quote: "{{article}}"
                """).Replace("{p}", seed.Prefix, StringComparison.Ordinal));
        }

        var parsed = seed.Read();
        Assert.Equal([$"{seed.Prefix}-a-first", $"{seed.Prefix}-b-failing", $"{seed.Prefix}-c-after"], parsed.Articles.Select(a => a.Id));
        var taken = new Dictionary<string, object?> { ["id"] = $"{seed.Prefix}-taken" };
        await neo4j.Client.RunAsync(new Cypher("TestTakePlaceId", "CREATE (:Place {id: $id})", taken));
        var importer = new SeedImporter(neo4j.Client);

        try
        {
            // The error names the article and its file; Neo4j's own error is kept.
            var error = await Assert.ThrowsAsync<ArticleWriteException>(() => importer.ImportAsync(parsed));
            Assert.Equal($"{seed.Prefix}-b-failing", error.ArticleId);
            Assert.Contains($"article {seed.Prefix}-b-failing (", error.Message, StringComparison.Ordinal);
            Assert.Contains("b-failing.yaml", error.SourceFile, StringComparison.Ordinal);
            Assert.IsType<Graph.Neo4j.Errors.Neo4jConstraintViolationException>(error.Error);

            var ids = await IdsStartingWithAsync(seed.Prefix);
            Assert.Contains($"{seed.Prefix}-a-first", ids);
            Assert.Contains($"{seed.Prefix}-a-first/{seed.Prefix}-a-first-said", ids);
            Assert.DoesNotContain(ids, id => id.Contains("b-failing", StringComparison.Ordinal) || id.Contains("c-after", StringComparison.Ordinal));
        }
        finally
        {
            await importer.RetractAsync($"{seed.Prefix}-a-first");
            await neo4j.Client.RunAsync(new Cypher("TestFreePlaceId", "MATCH (p:Place {id: $id}) DETACH DELETE p", taken));
        }
    }

    [Fact]
    public async Task Dropping_a_chain_of_inline_things_removes_each_one()
    {
        using var seed = new TestSeed();
        // A base in a town in a region, each known only to this article: each is used by the one before it.
        const string Chain = """
            id: {p}-article
            title: A test article about a base
            publisher: jatim-times
            published: 2024-11-13
            language: en
            declares:
              - id: {p}-region
                kind: place
                type: region
                name: Test Region {p}
                locatedIn: russia
              - id: {p}-town
                kind: place
                type: city
                name: Test Town {p}
                locatedIn: {p}-region
              - id: {p}-base
                kind: place
                type: other
                name: Test Base {p}
                locatedIn: {p}-town
            claims:
              - id: {p}-base-busy
                statement: The test base is busy.
                predicate: described-as
                about: [{p}-base]
                value: busy
                quote: "the base is busy"
                from: jatim-times
            """;
        seed.WriteArticle(Chain);
        var importer = new SeedImporter(neo4j.Client);
        await importer.ImportAsync(seed.Read());
        Assert.Contains($"{seed.Prefix}-region", await IdsStartingWithAsync(seed.Prefix));
        seed.WriteArticle(Chain.Split("declares:")[0] + """
            claims:
              - id: {p}-russia-busy
                statement: Russia is busy.
                predicate: described-as
                about: [russia]
                value: busy
                quote: "Russia is busy"
                from: jatim-times
            """);

        try
        {
            var summary = await importer.ImportAsync(seed.Read());

            Assert.Equal(3, summary.Count("Place", ChangeKind.Removed));
            Assert.Equal(1, summary.Count("Claim", ChangeKind.Removed));
            Assert.Equal([$"claim {seed.Prefix}-russia-busy", $"{seed.ArticleId}", $"{seed.ArticleId}/{seed.Prefix}-russia-busy"], await IdsStartingWithAsync(seed.Prefix));
            var memo = await neo4j.Client.RunAsync(new Cypher("TestArticleMemo", "MATCH (a:Article {id: $id}) RETURN a.cleanupClaims IS NULL AND a.cleanupThings IS NULL AS forgotten",
                new Dictionary<string, object?> { ["id"] = seed.ArticleId }));
            Assert.True(memo.Rows[0].GetBoolean("forgotten"));
        }
        finally
        {
            await importer.RetractAsync(seed.ArticleId);
        }
    }

    [Fact]
    public async Task An_import_leaves_what_its_articles_never_touched()
    {
        using var seed = new TestSeed();
        seed.WriteSampleArticle();
        // An unused inline thing and an unreported claim that no article of this import ever used: the
        // clean-up starts from what each article touched, so it never sees them.
        var stray = new Dictionary<string, object?> { ["thing"] = $"{seed.Prefix}-stray-place", ["claim"] = $"{seed.Prefix}-stray-claim" };
        await neo4j.Client.RunAsync(new Cypher("TestCreateStrays", """
            CREATE (:Entity:Place {id: $thing, kind: 'place', inline: true})
            CREATE (:Claim {id: $claim, names: [$claim]})
            """, stray));
        var importer = new SeedImporter(neo4j.Client);

        try
        {
            await importer.ImportAsync(seed.Read());
            seed.WriteSampleArticle(edited: true);
            await importer.ImportAsync(seed.Read());

            var ids = await IdsStartingWithAsync(seed.Prefix);
            Assert.Contains($"{seed.Prefix}-stray-place", ids);
            Assert.Contains($"claim {seed.Prefix}-stray-claim", ids);
            Assert.DoesNotContain($"{seed.Prefix}-drill", ids);
        }
        finally
        {
            await importer.RetractAsync(seed.ArticleId);
            await neo4j.Client.RunAsync(new Cypher("TestDeleteStrays", "MATCH (n) WHERE n.id IN [$thing, $claim] DETACH DELETE n", stray));
        }
    }

    private async Task<string> ClaimIdNamedAsync(string name)
    {
        var result = await neo4j.Client.RunAsync(new Cypher("TestClaimIdNamed", "MATCH (c:Claim) WHERE $name IN c.names RETURN c.id AS id",
            new Dictionary<string, object?> { ["name"] = name }));
        return Assert.Single(result.Rows).GetString("id");
    }

    [Fact]
    public async Task Eight_parallel_imports_of_the_same_files_leave_one_node_per_id()
    {
        using var seed = new TestSeed();
        seed.WriteSampleArticle();
        var parsed = seed.Read();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => new SeedImporter(neo4j.Client).ImportAsync(parsed)));

        var counts = await neo4j.Client.RunAsync(new Cypher("TestCountPerId", """
            MATCH (n)
            WHERE n.id STARTS WITH $prefix OR n.id IN $shared OR any(x IN coalesce(n.names, []) WHERE x STARTS WITH $prefix)
            RETURN n.id AS id, count(*) AS copies
            """, new Dictionary<string, object?> { ["prefix"] = seed.Prefix, ["shared"] = parsed.Entities.Select(e => e.Id).ToList() }));
        Assert.Equal(15 + parsed.Entities.Count, counts.Rows.Count);
        Assert.All(counts.Rows, r => Assert.Equal(1L, r.GetInt64("copies")));
        var relays = await neo4j.Client.RunAsync(new Cypher("TestCountRelays", """
            MATCH (:Report {id: $report})-[v:RELAYED_BY]->()
            RETURN count(v) AS n
            """, new Dictionary<string, object?> { ["report"] = $"{seed.ArticleId}/{seed.Prefix}-troops" }));
        Assert.Equal(1L, relays.Rows[0].GetInt64("n"));
        await new SeedImporter(neo4j.Client).RetractAsync(seed.ArticleId);
    }

    private async Task<List<string>> IdsStartingWithAsync(string prefix)
    {
        // Claims are named by their content; the test's names for them are in `names`.
        var result = await neo4j.Client.RunAsync(new Cypher("TestIdsWithPrefix", """
            MATCH (n)
            WHERE n.id STARTS WITH $prefix OR any(x IN coalesce(n.names, []) WHERE x STARTS WITH $prefix)
            RETURN CASE WHEN n:Claim THEN 'claim ' + n.names[0] ELSE n.id END AS id ORDER BY id
            """,
            new Dictionary<string, object?> { ["prefix"] = prefix }));
        return result.Rows.Select(r => r.GetString("id")).ToList();
    }
}
