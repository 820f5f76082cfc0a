using System.Collections.Concurrent;
using Graph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Graph.Api.Tests.Http;

/// <summary>What the server logs while it answers queries, imports, refusals and failures: compact, bounded, and nothing secret.</summary>
public sealed class LogTests(LogTests.CapturingFactory factory) : IClassFixture<LogTests.CapturingFactory>
{
    [Fact]
    public async Task The_log_has_one_access_line_per_request_bounded_text_and_no_secret()
    {
        using var client = factory.CreateGraphQLClient();
        var (input, _) = Imports.ImportArticleTests.Article();
        var marker = new string('Z', 200 * 1024);
        var sent = 0;
        async Task SendAsync(string query, object? variables = null, string? key = null)
        {
            await client.PostAsync(query, variables, importKey: key);
            sent++;
        }

        await SendAsync("query Deployment { search(text: \"korea\") { id } }");
        await SendAsync("mutation Dry($input: ArticleInput!) { importArticle(input: $input, dryRun: true) { changed } }", new { input }, ApiFactory.ImportKey);
        await SendAsync("mutation { retractArticle(id: \"no-such-article\") { changed } }", key: ApiFactory.ImportKey);
        await SendAsync("mutation { retractArticle(id: \"x\") { changed } }", key: "wrong-" + ApiFactory.ImportKey);
        await SendAsync("{ search(text: \"" + marker + "\") { id }");
        await SendAsync("{ search(text: \"" + marker + "\") { noSuchField } }");
        await SendAsync("{ claims(first: 1000) { totalCount } }");

        var entries = factory.Logs.ToList();
        var secrets = new[] { factory.Neo4j.Password, ApiFactory.ImportKey };
        Assert.All(entries, e => Assert.All(secrets, secret => Assert.DoesNotContain(secret, e.Message + e.Exception, StringComparison.Ordinal)));
        Assert.All(entries, e => Assert.True(e.Message.Length <= 1536, $"{e.Category}: a line of {e.Message.Length} characters"));
        Assert.DoesNotContain(entries, e => e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && e.Level < LogLevel.Warning);

        var access = entries.Where(e => e.Category == "Graph.Api.Access").ToList();
        Assert.Equal(sent, access.Count);
        Assert.Contains(access, e => e.Message.Contains("Deployment 200", StringComparison.Ordinal) && e.Message.Contains("neo4j", StringComparison.Ordinal));
        Assert.Contains(access, e => e.Message.Contains("GRAPHQL_PARSE_FAILED", StringComparison.Ordinal));
        Assert.DoesNotContain(access, e => e.Message.Contains("korea", StringComparison.Ordinal));

        var mistakes = entries.Where(e => e.Category == "Graph.Api.GraphQL" && e.Message.Contains("PARSE_FAILED", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mistakes);
        Assert.All(mistakes, e => Assert.Equal(LogLevel.Information, e.Level));
        Assert.All(mistakes, e => Assert.Null(e.Exception));
    }

    public sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception);

    public sealed class CapturingFactory : ApiFactory
    {
        private readonly CapturingProvider _provider = new();

        public ConcurrentQueue<Entry> Logs => _provider.Logs;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(_provider));
        }
    }

    private sealed class CapturingProvider : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Logs { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Capture(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Capture(CapturingProvider factory, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                factory.Logs.Enqueue(new Entry(category, logLevel, formatter(state, exception), exception));
        }
    }
}
