using System.Net;
using System.Net.Http.Json;
using Graph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Graph.Api.Tests.Http;

/// <summary>Work on Neo4j stops when the client goes away and when the server is told to stop (SIGTERM), instead of running on.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task A_request_the_client_abandons_cancels_its_neo4j_work()
    {
        await using var factory = new HangingNeo4jFactory();
        await ((Xunit.IAsyncLifetime)factory).InitializeAsync();
        using var client = factory.CreateClient();
        using var abandon = new CancellationTokenSource();

        var request = client.PostAsJsonAsync("/graphql", new { query = "{ search(text: \"korea\") { id } }" }, abandon.Token);
        await factory.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        await abandon.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await factory.Cancelled.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <remarks>
    /// On real Kestrel: the in-memory test server aborts running requests itself when stopped, which
    /// would hide the point. Kestrel waits for running requests (up to 30 s), so without the server's
    /// stopping token in the request's budget the work would run on. The port is configured on Kestrel's
    /// options, not with <c>UseKestrel(0)</c>: that one rewrites the server's addresses after the app has
    /// started binding, and throws when Kestrel binds first (dotnet/aspnetcore#67714).
    /// </remarks>
    [Fact]
    public async Task Stopping_the_server_cancels_running_work_and_answers_503()
    {
        await using var factory = new HangingNeo4jFactory();
        await ((Xunit.IAsyncLifetime)factory).InitializeAsync();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        using var client = factory.CreateGraphQLClient();

        var request = client.PostAsync("{ search(text: \"korea\") { id } }");
        await factory.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        await factory.Cancelled.WaitAsync(TimeSpan.FromSeconds(10));
        var response = await request.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal(["SERVICE_UNAVAILABLE"], response.Codes);
    }
}
