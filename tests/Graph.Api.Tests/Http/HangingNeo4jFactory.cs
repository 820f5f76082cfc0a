using Graph.Api.Tests.Support;
using Graph.Neo4j;
using Graph.Neo4j.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Http;

/// <summary>
/// The API on the real Neo4j, except that every statement hangs until its request is cancelled: a slow
/// query on demand, which the real server will not give. <see cref="Cancelled"/> completes when the
/// work was cancelled.
/// </summary>
public class HangingNeo4jFactory : ApiFactory
{
    private readonly HangingHandler _handler = new();

    public Task Entered => _handler.Entered.Task;

    public Task Cancelled => _handler.Cancelled.Task;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddSingleton(sp => new Neo4jClient(sp.GetRequiredService<Neo4jOptions>(), handler: _handler)));
    }

    private sealed class HangingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Post)
            {
                return await base.SendAsync(request, cancellationToken);
            }

            Entered.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult();
                throw;
            }

            throw new InvalidOperationException("unreachable");
        }
    }
}
