using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;

namespace Graph.Knowledge.Tests.Claims;

public sealed class ClaimKeyTests
{
    private static readonly ClaimDefinition UpTo12000 = new("north-korea-sent-up-to-12000-troops-to-russia", "troops-sent",
        ["russia", "north-korean-troops-in-russia-2024", "north-korea"], null, new Quantity(12000, null, null, "troops", QuantityQualifier.UpTo), Stance.Asserted, "2024-11", null);

    [Fact]
    public void The_key_is_the_content_in_canonical_form()
    {
        Assert.Equal("predicate=troops-sent; about=north-korea,north-korean-troops-in-russia-2024,russia; value=; quantity=up-to 12000 troops; time=2024-11; stance=asserted", UpTo12000.Key);
        Assert.StartsWith("troops-sent-", UpTo12000.NodeId, StringComparison.Ordinal);
        Assert.Equal(24, UpTo12000.NodeId.Length);
    }

    [Fact]
    public void Names_order_of_about_grade_and_value_spacing_do_not_change_the_key()
    {
        var other = UpTo12000 with { Name = "another-name", About = ["north-korea", "russia", "north-korean-troops-in-russia-2024", "russia"], Credibility = new Grade("2", "x", "2024-11-12") };
        Assert.Equal(UpTo12000.NodeId, other.NodeId);
        var valued = UpTo12000 with { Value = "Russian  uniforms" };
        Assert.Equal(valued.Key, (UpTo12000 with { Value = " russian uniforms" }).Key);
    }

    [Fact]
    public void A_denial_is_another_claim()
    {
        var denial = UpTo12000 with { Stance = Stance.Denied };
        Assert.NotEqual(UpTo12000.NodeId, denial.NodeId);
        Assert.Equal(["stance"], ClaimKey.Differences(UpTo12000, denial));
    }

    [Fact]
    public void Differences_name_each_part_that_differs()
    {
        var other = UpTo12000 with { Time = "2024-10", Quantity = new Quantity(1500, null, null, "troops", QuantityQualifier.Exact) };
        Assert.Equal(["quantity", "time"], ClaimKey.Differences(UpTo12000, other));
    }
}
