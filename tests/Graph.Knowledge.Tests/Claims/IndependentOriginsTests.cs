using Graph.Knowledge.Claims;

namespace Graph.Knowledge.Tests.Claims;

public sealed class IndependentOriginsTests
{
    [Fact]
    public void An_originator_counts_as_a_country_first_then_the_nearest_then_the_smallest_id()
    {
        (string Id, bool Country, int Hops)[] tops =
        [
            ("ministry", false, 1),
            ("zeta-state", true, 3),
            ("beta-state", true, 3),
            ("alliance", false, 1),
            ("far-state", true, 4),
            ("near-state", true, 2),
        ];

        var order = IndependentOrigins.InPreference(tops, t => t.Country, t => t.Hops, t => t.Id).Select(t => t.Id);

        Assert.Equal(["near-state", "beta-state", "zeta-state", "far-state", "alliance", "ministry"], order);
    }
}
