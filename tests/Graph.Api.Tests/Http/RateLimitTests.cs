using System.Net;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Http;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Over_the_per_client_rate_a_request_is_429_with_Retry_After()
    {
        await using var factory = new TinyRateFactory();
        await ((IAsyncLifetime)factory).InitializeAsync();
        using var client = factory.CreateGraphQLClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("{ __typename }")).Status);
        }

        using var refused = await client.Http.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        var body = await GraphQLResponse.ReadAsync(refused);
        Assert.Equal(["RATE_LIMITED"], body.Codes);

        // Other paths are not limited.
        using var health = await client.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Over_the_concurrency_limit_a_request_is_429_at_once()
    {
        await using var factory = new OneAtATimeFactory();
        await ((IAsyncLifetime)factory).InitializeAsync();
        using var client = factory.CreateGraphQLClient();

        var hanging = client.PostAsync("{ search(text: \"korea\") { id } }");
        await factory.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await client.PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
        Assert.Equal(["RATE_LIMITED"], second.Codes);
        Assert.False(hanging.IsCompleted);
    }

    private sealed class TinyRateFactory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Api:RateLimitPermits"] = "3",
            ["Api:RateLimitWindow"] = "00:05:00",
        };
    }

    private sealed class OneAtATimeFactory : HangingNeo4jFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Api:MaxConcurrentRequestsPerClient"] = "1",
        };
    }
}
