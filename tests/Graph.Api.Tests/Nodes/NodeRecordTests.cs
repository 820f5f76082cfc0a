using System.Text.Json;
using Graph.Api.Nodes;
using Xunit;

namespace Graph.Api.Tests.Nodes;

/// <summary>
/// A node map names its labels as <c>labels(n)</c> gives them, or, compiled, its kind label alone: a claim, report or
/// article as a string the compiler writes, a thing as its <c>kind</c> property (the importer sets it to its kind label).
/// </summary>
public sealed class NodeRecordTests
{
    [Theory]
    [InlineData("""{"id": "x", "labels": ["Entity", "Country"]}""", "Country", "Entity,Country")]
    [InlineData("""{"id": "x", "labels": "Country"}""", "Country", "Entity,Country")]
    [InlineData("""{"id": "x", "labels": "Claim"}""", "Claim", "Claim")]
    [InlineData("""{"id": "x", "labels": ["Report"]}""", "Report", "Report")]
    [InlineData("""{"id": "x"}""", "", "")]
    public void A_map_names_its_labels_as_a_list_or_its_kind_alone(string map, string kind, string labels)
    {
        using var document = JsonDocument.Parse(map);

        var node = NodeRecord.From(document.RootElement);

        Assert.Equal(kind, node.Kind);
        Assert.Equal(labels, string.Join(',', node.Labels));
        Assert.Equal(labels.Contains("Entity", StringComparison.Ordinal), node.IsEntity);
    }
}
