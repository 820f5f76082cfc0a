using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;

namespace Graph.Knowledge.Tests.Claims;

public sealed class ClaimRelationsTests
{
    private const string Deployment = "north-korean-troops-in-russia-2024";

    private static ClaimDefinition Troops(Quantity? quantity, string? time = "2024-11", Stance stance = Stance.Asserted, string[]? about = null) =>
        new("c", "troops-sent", about ?? [Deployment, "north-korea", "russia"], null, quantity, stance, time, null);

    private static ClaimDefinition Signed(string? time, Stance stance = Stance.Asserted) =>
        new("s", "signed", ["russia-dprk-strategic-partnership-treaty", "vladimir-putin", "kim-jong-un"], null, null, stance, time, null);

    private static Quantity UpTo(double value) => new(value, null, null, "troops", QuantityQualifier.UpTo);

    private static Quantity Range(double low, double high) => new(null, low, high, "troops", QuantityQualifier.Range);

    private static Quantity Exact(double value, string unit = "troops") => new(value, null, null, unit, QuantityQualifier.Exact);

    private static ClaimRelation? Between(ClaimDefinition a, ClaimDefinition b, bool oneTime = false) => ClaimRelations.Between(a, b, oneTime);

    [Fact]
    public void Tens_of_thousands_and_up_to_12000_overlap_without_nesting_so_they_agree()
    {
        var relation = Between(Troops(Range(10000, 99999)), Troops(UpTo(12000)));
        Assert.Equal(new ClaimRelation(ClaimRelationKind.Agrees, "the figures overlap: 10,000-99,999 troops and up to 12,000 troops"), relation);
    }

    [Fact]
    public void Thousands_lie_within_up_to_12000_so_they_refine_it()
    {
        Assert.Equal(new ClaimRelation(ClaimRelationKind.Refines, "more precise: 1,000-9,999 troops is within up to 12,000 troops"),
            Between(Troops(Range(1000, 9999)), Troops(UpTo(12000))));
        Assert.Equal(new ClaimRelation(ClaimRelationKind.RefinedBy, "the other is more precise: 1,000-9,999 troops is within up to 12,000 troops"),
            Between(Troops(UpTo(12000)), Troops(Range(1000, 9999))));
    }

    [Fact]
    public void Disjoint_figures_at_the_same_time_disagree()
    {
        Assert.Equal(new ClaimRelation(ClaimRelationKind.Disagrees, "the figures exclude each other: up to 12,000 troops and more than 15,000 troops"),
            Between(Troops(UpTo(12000)), Troops(new Quantity(15000, null, null, "troops", QuantityQualifier.MoreThan))));
        Assert.Equal(ClaimRelationKind.Disagrees, Between(Troops(Exact(3000)), Troops(Range(10000, 99999)))!.Kind);
    }

    [Fact]
    public void Up_to_and_more_than_the_same_figure_exclude_each_other_but_at_least_touches()
    {
        Assert.Equal(ClaimRelationKind.Disagrees, Between(Troops(UpTo(12000)), Troops(new Quantity(12000, null, null, "troops", QuantityQualifier.MoreThan)))!.Kind);
        Assert.Equal(ClaimRelationKind.Agrees, Between(Troops(UpTo(12000)), Troops(new Quantity(12000, null, null, "troops", QuantityQualifier.AtLeast)))!.Kind);
    }

    [Fact]
    public void About_500_is_a_band_of_ten_percent()
    {
        var about500 = Troops(new Quantity(500, null, null, "troops", QuantityQualifier.Approximately));
        Assert.Equal(ClaimRelationKind.RefinedBy, Between(about500, Troops(Exact(540)))!.Kind);
        Assert.Equal(ClaimRelationKind.Disagrees, Between(about500, Troops(Exact(560)))!.Kind);
    }

    [Fact]
    public void Figures_for_clearly_different_times_do_not_disagree()
    {
        Assert.Null(Between(Troops(Exact(1500), "2024-10"), Troops(UpTo(12000), "2024-11")));
    }

    [Fact]
    public void A_claim_without_a_time_is_read_as_not_saying_when()
    {
        Assert.Equal(new ClaimRelation(ClaimRelationKind.Refines, "more precise: gives a time (2024-11)"), Between(Troops(UpTo(12000)), Troops(UpTo(12000), time: null)));
        Assert.Equal(ClaimRelationKind.Disagrees, Between(Troops(Exact(500), time: null), Troops(Range(10000, 99999)))!.Kind);
    }

    [Fact]
    public void Different_units_are_not_compared()
    {
        Assert.Null(Between(Troops(Exact(500, "officers")), Troops(Exact(3, "generals"))));
    }

    [Fact]
    public void A_denial_disagrees_with_the_assertion_it_denies()
    {
        var denial = Troops(null, stance: Stance.Denied);
        Assert.Equal(new ClaimRelation(ClaimRelationKind.Disagrees, "the other asserts what this one denies"), Between(denial, Troops(UpTo(12000))));
        Assert.Equal(new ClaimRelation(ClaimRelationKind.Disagrees, "this one asserts what the other denies"), Between(Troops(UpTo(12000)), denial));
    }

    [Fact]
    public void A_denial_of_another_time_disagrees_with_nothing()
    {
        Assert.Null(Between(Troops(null, "2023", Stance.Denied), Troops(UpTo(12000), "2024-11")));
    }

    [Fact]
    public void A_day_within_the_month_refines_it()
    {
        Assert.Equal(new ClaimRelation(ClaimRelationKind.Refines, "more precise: 2024-06-19 is within 2024-06"), Between(Signed("2024-06-19"), Signed("2024-06"), oneTime: true));
        Assert.Equal(ClaimRelationKind.RefinedBy, Between(Signed("2024-06"), Signed("2024-06-19"), oneTime: true)!.Kind);
    }

    [Fact]
    public void Different_dates_for_a_one_time_event_disagree_but_not_for_a_recurring_statement()
    {
        Assert.Equal(new ClaimRelation(ClaimRelationKind.Disagrees, "different dates for one event: 2024-06-19 and 2024-06-20"),
            Between(Signed("2024-06-19"), Signed("2024-06-20"), oneTime: true));
        Assert.Null(Between(Signed("2024-06-19"), Signed("2024-06-20"), oneTime: false));
    }

    [Fact]
    public void Equal_content_about_other_things_is_the_same_statement()
    {
        Assert.Equal(new ClaimRelation(ClaimRelationKind.Same, "the same statement about overlapping things"),
            Between(Troops(UpTo(12000)), Troops(UpTo(12000), about: [Deployment])));
        Assert.Equal(new ClaimRelation(ClaimRelationKind.Same, "the same statement in another form"),
            Between(Troops(UpTo(12000)), Troops(Range(0, 12000))));
    }

    [Fact]
    public void Claims_with_another_predicate_or_another_subject_are_unrelated()
    {
        Assert.Null(Between(Troops(UpTo(12000)), Troops(UpTo(12000), about: ["ukraine"])));
        Assert.Null(Between(Troops(UpTo(12000), about: [Deployment, "north-korea"]), Troops(UpTo(12000), about: [Deployment, "russia"])));
        Assert.Null(Between(Troops(UpTo(12000)), Signed("2024-11")));
    }

    [Fact]
    public void Different_values_are_unrelated_and_a_mixed_precision_agrees()
    {
        var a = new ClaimDefinition("a", "obliges", ["treaty"], "mutual military support", null, Stance.Asserted, null, null);
        var b = a with { Value = "immediate military assistance" };
        Assert.Null(Between(a, b));
        Assert.Equal(new ClaimRelation(ClaimRelationKind.Agrees, "compatible, each more precise in one respect"),
            Between(Troops(UpTo(12000), "2024"), Troops(Range(0, 20000), "2024-11")));
    }

    [Fact]
    public void A_figure_refines_a_claim_without_one()
    {
        Assert.Equal(new ClaimRelation(ClaimRelationKind.Refines, "more precise: gives a figure (up to 12,000 troops)"), Between(Troops(UpTo(12000)), Troops(null)));
    }

    [Fact]
    public void One_time_events_are_those_about_an_event_or_with_a_one_time_predicate()
    {
        Assert.True(ClaimRelations.IsOneTimeEvent(Signed("2024-06"), _ => false));
        Assert.True(ClaimRelations.IsOneTimeEvent(Troops(null), id => id == Deployment));
        Assert.False(ClaimRelations.IsOneTimeEvent(Troops(null), _ => false));
    }
}
