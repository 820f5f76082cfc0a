using Graph.Knowledge.Facts;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;


namespace Graph.Knowledge.Tests.Facts;

/// <summary>The rule that settles a fact from the claims about a thing (docs/model.md, "Facts come from claims").</summary>
public sealed class FactsTests
{
    private const string Treaty = "russia-dprk-strategic-partnership-treaty";

    private static EntityKind? KindOf(string id) => id is "north-korea" or "russia" ? EntityKind.Country : EntityKind.Person;

    private static FactEvidence Said(string name, string predicate, string? time, string reportedOn, params string[] origins) =>
        new(new ClaimDefinition(name, predicate, [Treaty, "north-korea"], null, null, Stance.Asserted, time, null), origins, reportedOn);

    private static Fact Only(IReadOnlyList<Fact> facts, string name) => Assert.Single(facts, f => f.Name == name);

    [Fact]
    public void A_day_refines_the_month_others_give_and_is_the_value()
    {
        var facts = FactRules.Resolve(EntityKind.Treaty, Treaty,
        [
            Said("june", "signed", "2024-06", "2024-10-24", "reuters"),
            Said("june-again", "signed", "2024-06", "2024-11-12", "naharnet"),
            Said("19-june", "signed", "2024-06-19", "2024-12-05", "interfax"),
        ], KindOf);

        var signed = Only(facts, FactRules.SignedOn);
        Assert.Equal(("2024-06-19", "day", FactStatus.Refined), (signed.Value, signed.Precision, signed.Status));
        Assert.Equal(["june", "june-again", "19-june"], signed.SupportedBy);
        Assert.Empty(signed.ContestedBy);
    }

    [Fact]
    public void One_origin_behind_every_claim_is_a_single_source()
    {
        var facts = FactRules.Resolve(EntityKind.Treaty, Treaty,
        [
            Said("kcna-11", "ratified", "2024-11-11", "2024-11-12", "north-korea"),
            Said("kcna-11-again", "ratified", "2024-11-11", "2024-11-12", "north-korea"),
        ], KindOf);

        var ratified = Only(facts, FactRules.RatifiedOn("north-korea"));
        Assert.Equal(("2024-11-11", FactStatus.SingleSource), (ratified.Value, ratified.Status));
    }

    [Fact]
    public void Two_origins_saying_the_same_settle_it()
    {
        var facts = FactRules.Resolve(EntityKind.Treaty, Treaty,
        [
            Said("a", "entered-into-force", "2024-12-04", "2024-12-05", "north-korea"),
            Said("b", "entered-into-force", "2024-12-04", "2024-12-06", "russia"),
        ], KindOf);

        Assert.Equal(FactStatus.Settled, Only(facts, FactRules.InForceOn).Status);
    }

    [Fact]
    public void Another_day_from_as_many_origins_leaves_the_fact_disputed_with_no_value()
    {
        var facts = FactRules.Resolve(EntityKind.Treaty, Treaty,
        [
            Said("monday", "ratified", "2024-11-11", "2024-11-12", "north-korea"),
            Said("tuesday", "ratified", "2024-11-12", "2024-11-13", "south-korea"),
        ], KindOf);

        var ratified = Only(facts, FactRules.RatifiedOn("north-korea"));
        Assert.Equal((null, FactStatus.Disputed), (ratified.Value, ratified.Status));
        Assert.Equal(["monday", "tuesday"], ratified.SupportedBy);
    }

    [Fact]
    public void A_weaker_contest_leaves_the_better_backed_value_disputed()
    {
        var facts = FactRules.Resolve(EntityKind.Treaty, Treaty,
        [
            Said("monday", "ratified", "2024-11-11", "2024-11-12", "north-korea", "russia"),
            Said("tuesday", "ratified", "2024-11-12", "2024-11-13", "south-korea"),
        ], KindOf);

        var ratified = Only(facts, FactRules.RatifiedOn("north-korea"));
        Assert.Equal(("2024-11-11", FactStatus.Disputed), (ratified.Value, ratified.Status));
        Assert.Equal(["monday"], ratified.SupportedBy);
        Assert.Equal(["tuesday"], ratified.ContestedBy);
    }

    [Fact]
    public void A_ratification_is_a_fact_per_state_and_claims_without_a_time_state_no_date()
    {
        var russia = new FactEvidence(new ClaimDefinition("ru", "ratified", [Treaty, "russia"], null, null, Stance.Asserted, "2024-11", null), ["interfax"], "2024-12-05");
        var undated = new FactEvidence(new ClaimDefinition("x", "signed", [Treaty], null, null, Stance.Asserted, null, null), ["interfax"], "2024-12-05");
        var facts = FactRules.Resolve(EntityKind.Treaty, Treaty, [Said("nk", "ratified", "2024-11-11", "2024-11-12", "north-korea"), russia, undated], KindOf);

        Assert.Equal(["ratifiedOn:north-korea", "ratifiedOn:russia"], facts.Select(f => f.Name));
        Assert.Equal("month", Only(facts, "ratifiedOn:russia").Precision);
    }

    [Fact]
    public void A_value_a_declared_thing_gives_is_a_fact_of_that_thing()
    {
        var date = new ClaimDefinition("clash-date", FactRules.Date, ["kursk-clashes"], null, null, Stance.Asserted, "2024-11", null);
        var place = new ClaimDefinition("clash-place", FactRules.Place, ["kursk-clashes"], "kursk-region", null, Stance.Asserted, null, null);
        var facts = FactRules.Resolve(EntityKind.Event, "kursk-clashes", [new(date, ["jatim-times"], "2024-11-12"), new(place, ["jatim-times"], "2024-11-12")], KindOf);

        Assert.Equal([("date", "2024-11"), ("place", "kursk-region")], facts.Select(f => (f.Name, f.Value)));
    }

    [Fact]
    public void A_claim_about_an_event_and_one_place_places_it_there_and_two_places_disagree()
    {
        static EntityKind? Kinds(string id) => id switch
        {
            "pyongyang" or "moscow" or "vladivostok" => EntityKind.Place,
            "signing" => EntityKind.Event,
            _ => EntityKind.Person,
        };
        FactEvidence Claim(string name, string reportedOn, string origin, params string[] about) =>
            new(new ClaimDefinition(name, "signed", ["signing", .. about], null, null, Stance.Asserted, null, null), [origin], reportedOn);

        var one = FactRules.Resolve(EntityKind.Event, "signing", [Claim("in-pyongyang", "2024-12-05", "interfax", "pyongyang", "putin")], Kinds);
        var place = Only(one, FactRules.Place);
        Assert.Equal(("pyongyang", FactStatus.SingleSource, "in-pyongyang"), (place.Value, place.Status, place.SettledBy));

        // A claim about two places says where neither is the event's own: it places nothing.
        Assert.Empty(FactRules.Resolve(EntityKind.Event, "signing", [Claim("between", "2024-12-05", "interfax", "moscow", "vladivostok")], Kinds));

        var two = FactRules.Resolve(EntityKind.Event, "signing",
            [Claim("in-pyongyang", "2024-12-05", "interfax", "pyongyang"), Claim("in-moscow", "2024-12-06", "reuters", "moscow")], Kinds);
        var disputed = Only(two, FactRules.Place);
        Assert.Equal((null, FactStatus.Disputed), (disputed.Value, disputed.Status));
        Assert.Equal(["in-pyongyang", "in-moscow"], disputed.SupportedBy);
    }

    [Fact]
    public void Taking_and_leaving_office_date_a_role_per_organization()
    {
        static EntityKind? Kinds(string id) => id switch
        {
            "budanov" => EntityKind.Person,
            "hur" => EntityKind.Organization,
            "ukraine" => EntityKind.Country,
            _ => null,
        };
        FactEvidence Said(string name, string predicate, string time, string origin, params string[] about) =>
            new(new ClaimDefinition(name, predicate, about, "head", null, Stance.Asserted, time, null), [origin], "2024-10-18");

        var facts = FactRules.Resolve(EntityKind.Person, "budanov",
        [
            Said("appointed", FactRules.TookOffice, "2020-08", "ukraine", "budanov", "hur"),
            Said("appointed-day", FactRules.TookOffice, "2020-08-05", "unn", "budanov", "hur"),
            Said("dismissed", FactRules.LeftOffice, "2026-01", "ukraine", "budanov", "hur"),
            Said("undated-role", "leader-of", "2024-10", "unn", "budanov", "hur"),
        ], Kinds);

        Assert.Equal([("since:hur", "2020-08-05", FactStatus.Refined), ("until:hur", "2026-01", FactStatus.SingleSource)],
            facts.Select(f => (f.Name, f.Value, f.Status)));
        // The organization's facts are its own: the person is not an organization it holds office in.
        Assert.Empty(FactRules.Resolve(EntityKind.Organization, "hur", [Said("appointed", FactRules.TookOffice, "2020-08", "ukraine", "budanov", "hur")], Kinds));
    }

    [Fact]
    public void On_the_real_seed_every_event_is_dated_by_its_articles_and_only_the_signing_and_the_clash_are_placed()
    {
        var seed = SeedReader.ReadPaths([SeedPaths.Root]);
        var kinds = seed.Entities.Concat(seed.Articles.SelectMany(a => a.Declares)).ToDictionary(e => e.Id, e => e.Kind);
        var evidence = seed.Articles
            .SelectMany(a => a.Claims.Select(c => (Article: a, c.Claim, Origins: c.Report.OriginatedBy)))
            .GroupBy(x => x.Claim.NodeId)
            .Select(g => new FactEvidence(g.First().Claim, [.. g.SelectMany(x => x.Origins).Distinct()], g.Min(x => x.Article.PublishedOn)!))
            .ToList();

        var events = kinds.Where(k => k.Value == EntityKind.Event).Select(k => k.Key).Order(StringComparer.Ordinal)
            .ToDictionary(id => id, id => FactRules.Resolve(EntityKind.Event, id, evidence, x => kinds.TryGetValue(x, out var k) ? k : null));
        string? Value(string id, string fact) => events[id].SingleOrDefault(f => f.Name == fact)?.Value;

        Assert.Equal(
            new Dictionary<string, (string?, string?)>
            {
                ["kursk-clashes-2024-11"] = ("2024-11", "kursk-region"),
                ["north-korea-ratifies-strategic-partnership-treaty"] = ("2024-11-11", null),
                ["russia-dprk-summit-2024-06"] = ("2024-06", null),
                ["russia-dprk-treaty-entry-into-force-2024-12-04"] = ("2024-12-04", null),
                ["russia-dprk-treaty-signing-2024-06"] = ("2024-06-19", "pyongyang"),
                ["state-duma-ratification-vote-2024-10-24"] = ("2024-10-24", null),
            },
            events.ToDictionary(e => e.Key, e => (Value(e.Key, FactRules.Date), Value(e.Key, FactRules.Place))));
        // Interfax's "signed in Pyongyang on June 19, 2024" both dates and places the signing.
        Assert.Equal("treaty-signed-in-pyongyang-on-2024-06-19", events["russia-dprk-treaty-signing-2024-06"].Single(f => f.Name == FactRules.Place).SettledBy);
        // No shared thing carries a date of its own: every value comes from an article.
        Assert.All(seed.Entities, e => Assert.Empty(e.Properties.Keys.Except(EntityProperties.Lists)));
        Assert.All(seed.Entities.SelectMany(e => e.Links), l => Assert.Equal((null, null, null), (l.Since, l.Until, l.On)));
    }

    [Fact]
    public void On_the_real_seed_the_treaty_was_signed_on_19_June_as_Interfax_refines_the_month()
    {
        var seed = SeedReader.ReadPaths([SeedPaths.Root]);
        var kinds = seed.Entities.Concat(seed.Articles.SelectMany(a => a.Declares)).ToDictionary(e => e.Id, e => e.Kind);
        var evidence = seed.Articles
            .SelectMany(a => a.Claims.Select(c => (Article: a, c.Claim, Origins: c.Report.OriginatedBy)))
            .GroupBy(x => x.Claim.NodeId)
            .Select(g => new FactEvidence(g.First().Claim with { Name = g.First().Claim.Name }, [.. g.SelectMany(x => x.Origins).Distinct()], g.Min(x => x.Article.PublishedOn)!));

        var facts = FactRules.Resolve(EntityKind.Treaty, Treaty, evidence, id => kinds.TryGetValue(id, out var k) ? k : null);

        var signed = Only(facts, FactRules.SignedOn);
        Assert.Equal(("2024-06-19", FactStatus.Refined), (signed.Value, signed.Status));
        Assert.Equal("treaty-signed-in-pyongyang-on-2024-06-19", signed.SupportedBy[^1]);
        Assert.Equal("2024-11-11", Only(facts, "ratifiedOn:north-korea").Value);
        Assert.Equal("2024-11", Only(facts, "ratifiedOn:russia").Value);
        Assert.Equal("2024-12-04", Only(facts, FactRules.InForceOn).Value);
    }
}
