using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Http;

public sealed class TimeoutTests(TimeoutTests.TinyTimeoutFactory factory) : IClassFixture<TimeoutTests.TinyTimeoutFactory>
{
    [Fact]
    public async Task A_request_over_the_execution_timeout_ends_with_a_TIMEOUT_error()
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync("{ claims(first: 100) { totalCount edges { node { statement attributedTo { name } } } } }");
        Assert.Contains("TIMEOUT", response.Codes);
        Assert.DoesNotContain("at Graph.", response.Text, StringComparison.Ordinal);
    }

    /// <summary>The 30 s limit, shrunk so that any trip to Neo4j exceeds it.</summary>
    public sealed class TinyTimeoutFactory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Api:Timeout"] = "00:00:00.001" };
    }
}
