using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Questions;

/// <summary>Asks the API over HTTP and reads its answers; compares them with the graph asked directly.</summary>
public static class Asking
{
    // Tuples carry their values in fields.
    private static readonly JsonSerializerOptions Fingerprint = new() { IncludeFields = true };

    /// <summary>The <c>data</c> of a GraphQL request, failing the test on any error.</summary>
    public static async Task<JsonNode> AskAsync(this ApiFactory factory, string query, object? variables = null)
    {
        using var client = factory.CreateGraphQLClient();
        var response = await client.PostAsync(query, variables);
        Assert.True(response.Status == HttpStatusCode.OK && response.Errors.Count == 0, response.ToString());
        return response.Data!;
    }

    /// <summary>
    /// Asks the graph directly before and after asking the API, and again while the two direct answers
    /// differ (other tests write to the same graph at the same time), so that the API's answer is
    /// compared with the graph as it was when the API answered.
    /// </summary>
    public static async Task<(JsonNode Answer, T Direct)> AskWhileStillAsync<T>(Func<Task<T>> direct, Func<Task<JsonNode>> ask)
    {
        for (var attempt = 1; ; attempt++)
        {
            var before = await direct();
            var answer = await ask();
            var after = await direct();
            if (JsonSerializer.Serialize(before, Fingerprint) == JsonSerializer.Serialize(after, Fingerprint) || attempt == 5)
            {
                return (answer, after);
            }
        }
    }

    /// <summary>A first page of <paramref name="pageSize"/> is as long as it can be and holds only what the graph says.</summary>
    public static void AssertFirstPageOf(IReadOnlyCollection<string> expected, IEnumerable<string> page, int pageSize)
    {
        var ids = page.ToList();
        Assert.Equal(Math.Min(pageSize, expected.Count), ids.Count);
        Assert.Empty(ids.Except(expected));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    /// <summary>The nodes of a connection's edges.</summary>
    public static List<JsonNode> EdgeNodes(JsonNode? connection) =>
        [.. connection!["edges"]!.AsArray().Select(e => e!["node"]!)];

    public static List<string> Ids(JsonNode? list) => [.. list!.AsArray().Select(n => (string)n!["id"]!)];

    public static List<string> SortedIds(JsonNode? list) => [.. Ids(list).Order(StringComparer.Ordinal)];
}
