using System.Collections.Concurrent;
using System.Text.Json;
using Graph.Neo4j;
using Graph.Neo4j.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The seeded API whose Neo4j requests pass through unchanged to the real server, their statements kept in
/// <see cref="Statements"/>: for tests of what a compiled statement walks.
/// </summary>
public sealed class RecordingSeededApiFactory : SeededApiFactory
{
    private readonly RecordingHandler _handler = new();

    /// <summary>Every statement the app sent, in order.</summary>
    public IReadOnlyCollection<string> Statements => _handler.Statements;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddSingleton(sp => new Neo4jClient(sp.GetRequiredService<Neo4jOptions>(), handler: _handler)));
    }

    private sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        public ConcurrentQueue<string> Statements { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null)
            {
                using var body = JsonDocument.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
                if (body.RootElement.TryGetProperty("statements", out var statements))
                {
                    foreach (var statement in statements.EnumerateArray())
                    {
                        Statements.Enqueue(statement.GetProperty("statement").GetString()!);
                    }
                }
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
