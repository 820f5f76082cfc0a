using System.Text.Json;
using Graph.Api.Facts;
using Xunit;

namespace Graph.Api.Tests.Questions;

/// <summary>
/// <see cref="FactCypher.Read"/> on answers written by hand, for what the seed cannot hold: a report whose article has
/// no day (an article deleted while the read ran) counts for nothing, as the batched statement's
/// <c>publishedOn IS NOT NULL</c> leaves it out.
/// </summary>
public sealed class FactEvidenceReadTests
{
    [Fact]
    public void A_report_whose_article_has_no_day_counts_for_nothing()
    {
        using var answer = JsonDocument.Parse("""
            [
              {"id": "both", "labels": "Claim", "evidence origins": "reports $asOf|evidence origins", "_fetched": {"reports $asOf": [
                {"order": null, "parts": {"evidence origins": [{"node": {"id": "kremlin"}, "tops": []}]}},
                {"order": "2024-11-12 2024-11-12T09:30:00+07:00 000003 report-1", "parts": {"evidence origins": [{"node": {"id": "pentagon"}, "tops": []}]}}]}},
              {"id": "undated-only", "labels": "Claim", "evidence origins": "reports $asOf|evidence origins", "_fetched": {"reports $asOf": [
                {"order": null, "parts": {"evidence origins": [{"node": {"id": "kremlin"}, "tops": []}]}}]}}
            ]
            """);

        var rows = FactCypher.Read(answer.RootElement);
        var onTheDay = FactCypher.Read(answer.RootElement, "2024-11-12");

        var row = Assert.Single(rows);
        Assert.Equal("both", row.Claim.Id);
        Assert.Equal("2024-11-12", row.FirstReportedOn);
        Assert.Equal(["pentagon"], row.Origins);
        Assert.Equal("both", Assert.Single(onTheDay).Claim.Id);
    }
}
