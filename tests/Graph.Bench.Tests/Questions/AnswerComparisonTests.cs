using System.Text.Json.Nodes;
using Graph.Bench.Questions;

namespace Graph.Bench.Tests.Questions;

public sealed class AnswerComparisonTests
{
    private const string Answer = """
        {"claims": {"totalCount": 2, "edges": [
          {"node": {"id": "a", "quantity": {"value": 12000, "qualifier": "UP_TO"}, "attributedTo": [{"name": "US"}, {"name": "Ukraine"}]}},
          {"node": {"id": "b", "quantity": null, "attributedTo": []}}]},
         "events": {"pageInfo": {"hasNextPage": false, "endCursor": "ZW50aXR5OjE="}}}
        """;

    [Fact]
    public void The_same_answer_written_otherwise_is_equal()
    {
        // Keys in another order, a figure as 12000.0, a nested list in another order, another (opaque) cursor.
        var other = """
            {"events": {"pageInfo": {"endCursor": "something-else", "hasNextPage": false}},
             "claims": {"edges": [
               {"node": {"attributedTo": [{"name": "Ukraine"}, {"name": "US"}], "quantity": {"qualifier": "UP_TO", "value": 12000.0}, "id": "a"}},
               {"node": {"id": "b", "attributedTo": [], "quantity": null}}], "totalCount": 2}}
            """;

        Assert.Null(AnswerComparison.Difference(JsonNode.Parse(Answer), JsonNode.Parse(other)));
    }

    [Theory]
    [InlineData("12000", "11000", "data.claims.edges[0].node.quantity.value")]
    [InlineData("\"totalCount\": 2", "\"totalCount\": 3", "data.claims.totalCount")]
    [InlineData("{\"name\": \"Ukraine\"}", "{\"name\": \"Ukraine\"}, {\"name\": \"Russia\"}", "data.claims.edges[0].node.attributedTo")]
    [InlineData("\"endCursor\": \"ZW50aXR5OjE=\"", "\"endCursor\": null", "data.events.pageInfo.endCursor")]
    [InlineData("\"quantity\": null", "\"quantity\": {\"value\": 1}", "data.claims.edges[1].node.quantity")]
    public void A_different_answer_is_caught_with_where_it_differs(string text, string replacement, string path)
    {
        var difference = AnswerComparison.Difference(JsonNode.Parse(Answer), JsonNode.Parse(Answer.Replace(text, replacement, StringComparison.Ordinal)));

        Assert.NotNull(difference);
        Assert.StartsWith(path, difference, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_in_another_order_is_another_answer()
    {
        var answer = JsonNode.Parse(Answer)!;
        var edges = answer["claims"]!["edges"]!.AsArray();
        var swapped = JsonNode.Parse(Answer)!;
        var swappedEdges = swapped["claims"]!["edges"]!.AsArray();
        swappedEdges.Clear();
        swappedEdges.Add(edges[1]!.DeepClone());
        swappedEdges.Add(edges[0]!.DeepClone());

        Assert.StartsWith("data.claims.edges[0]", AnswerComparison.Difference(answer, swapped), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_on_one_side_only_is_caught()
    {
        var fewer = JsonNode.Parse(Answer)!;
        fewer["claims"]!["edges"]![1]!["node"]!.AsObject().Remove("quantity");

        Assert.Equal("data.claims.edges[1].node.quantity: only in the GraphQL answer", AnswerComparison.Difference(JsonNode.Parse(Answer), fewer));
    }

    [Fact]
    public void The_size_of_an_answer_counts_its_values() =>
        Assert.Equal(4, AnswerComparison.Size(JsonNode.Parse("""{"a": [1, 2]}""")));

    [Fact]
    public void Changes_keep_the_order_of_their_articles_days_and_any_order_within_one_day()
    {
        static JsonNode Changes(params (string Day, string Kind)[] changes) => new JsonObject
        {
            ["changes"] = new JsonArray([.. changes.Select(c => (JsonNode)new JsonObject { ["kind"] = c.Kind, ["article"] = new JsonObject { ["publishedOn"] = c.Day } })]),
        };

        var answer = Changes(("2024-11-12", "NEW_CLAIM"), ("2024-11-12", "FACT_CHANGED"), ("2024-12-05", "NEW_REPORT"));

        Assert.Null(AnswerComparison.Difference(answer, Changes(("2024-11-12", "FACT_CHANGED"), ("2024-11-12", "NEW_CLAIM"), ("2024-12-05", "NEW_REPORT"))));
        Assert.NotNull(AnswerComparison.Difference(answer, Changes(("2024-12-05", "NEW_REPORT"), ("2024-11-12", "NEW_CLAIM"), ("2024-11-12", "FACT_CHANGED"))));
        Assert.NotNull(AnswerComparison.Difference(answer, Changes(("2024-11-12", "NEW_CLAIM"), ("2024-11-12", "NEW_CLAIM"), ("2024-12-05", "NEW_REPORT"))));
    }
}
