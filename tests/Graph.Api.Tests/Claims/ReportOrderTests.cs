using Graph.Api.Claims;
using Graph.Neo4j.Client;
using Graph.Testing;
using Xunit;

namespace Graph.Api.Tests.Claims;

/// <summary>
/// The one-string key of a report (<see cref="ReportOrder.Key"/>), stored or computed by Neo4j, sorts by code unit as Neo4j's own
/// <c>ORDER BY a.publishedOn, a.published, r.position, r.id</c> sorts the four values: on cases where a string and a
/// list part ways (a position of 10 after 9, a day or a time that is a prefix of another, a time missing).
/// </summary>
public sealed class ReportOrderTests
{
    [Fact]
    public async Task The_key_sorts_as_the_loaders_order_by_sorts()
    {
        using var client = new Neo4jClient(await Neo4jServer.GetAsync());
        object?[][] reports =
        [
            ["2024-11-12", "2024-11-12T09:30:00+07:00", 10, "b"],
            ["2024-11-12", "2024-11-12T09:30:00+07:00", 9, "c"],
            ["2024-11-12", "2024-11-12T09:30:00+07:00", 9, "a"],
            ["2024-11-12", "2024-11-12", 1, "d"],
            ["2024-11-12", null, 1, "e"],
            ["2024-11-12", "2024-11-12T09:30:00Z", 1, "f"],
            ["2024-11-11", "2024-11-11T23:59:00-05:00", 30, "g"],
            ["2024-11", "2024-11", 2, "h"],
            ["2024-11-13", "2024-11-13T00:00:00+14:00", 1, "i"],
        ];
        var rows = reports.Select(r => new Dictionary<string, object?>
        {
            ["a"] = new Dictionary<string, object?> { ["publishedOn"] = r[0], ["published"] = r[1] },
            ["r"] = new Dictionary<string, object?> { ["position"] = r[2], ["id"] = r[3] },
        }).ToList();

        var result = await client.RunAsync(new Cypher("TestReportOrder",
            $"UNWIND $rows AS row WITH row.a AS a, row.r AS r RETURN r.id AS id, {ReportOrder.Key("r", "a")} AS key ORDER BY a.publishedOn, a.published, r.position, r.id",
            new Dictionary<string, object?> { ["rows"] = rows }));

        var byCypher = result.Map(r => r.GetString("id"));
        var byKey = result.Rows.OrderBy(r => r.GetNullableString("key"), ReportOrder.Comparer).Select(r => r.GetString("id")).ToList();
        Assert.Equal(["h", "g", "d", "a", "c", "b", "f", "e", "i"], byCypher);
        Assert.Equal(byCypher, byKey);
        Assert.Equal("2024-11-12", ReportOrder.PublishedOn(System.Text.Json.JsonDocument.Parse($"\"{result.Rows[2].GetString("key")}\"").RootElement));
    }

    [Fact]
    public async Task A_stored_key_is_read_as_stored_and_a_missing_one_is_computed()
    {
        using var client = new Neo4jClient(await Neo4jServer.GetAsync());
        var result = await client.RunAsync(new Cypher("TestReportOrderStored",
            $"WITH $a AS a, $stored AS stored, $bare AS bare RETURN {ReportOrder.Key("stored", "a")} AS stored, {ReportOrder.Key("bare", "a")} AS bare",
            new Dictionary<string, object?>
            {
                ["a"] = new Dictionary<string, object?> { ["publishedOn"] = "2024-11-12", ["published"] = null },
                ["stored"] = new Dictionary<string, object?> { ["sortKey"] = "as stored", ["position"] = 2, ["id"] = "s" },
                ["bare"] = new Dictionary<string, object?> { ["position"] = 2, ["id"] = "b" },
            }));

        Assert.Equal("as stored", result.Rows[0].GetString("stored"));
        Assert.Equal("2024-11-12 ~ 000002 b", result.Rows[0].GetString("bare"));
    }
}
