using System.Text.Json;
using Graph.Api.Reading;
using Xunit;

namespace Graph.Api.Tests.Reading;

/// <summary>Sort keys compare as Cypher's ORDER BY does: key by key, null last, a shorter list first when it is a prefix.</summary>
public sealed class CypherOrderTests
{
    [Theory]
    [InlineData("""["2024-10-10", null, 1, "a"]""", """["2024-10-10", null, 2, "a"]""", -1)]
    [InlineData("""["2024-10-11", "x", 1, "a"]""", """["2024-10-10", "x", 9, "z"]""", 1)]
    [InlineData("""["2024-10-10", null]""", """["2024-10-10", "2024-10-10T08:00"]""", 1)]
    [InlineData("""[10, "b"]""", """[9, "a"]""", 1)]
    [InlineData("""["a", 1]""", """["a", 1]""", 0)]
    [InlineData("""["a"]""", """["a", 1]""", -1)]
    [InlineData("""["a", 1]""", "null", 1)]
    public void Keys_compare_key_by_key(string left, string right, int expected)
    {
        using var a = JsonDocument.Parse(left);
        using var b = JsonDocument.Parse(right);

        Assert.Equal(expected, Math.Sign(CypherOrder.Keys.Compare(a.RootElement, b.RootElement)));
        Assert.Equal(-expected, Math.Sign(CypherOrder.Keys.Compare(b.RootElement, a.RootElement)));
    }
}
