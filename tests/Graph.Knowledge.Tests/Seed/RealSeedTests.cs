using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;

namespace Graph.Knowledge.Tests.Seed;

public sealed class RealSeedTests
{
    private const string Deployment = "north-korean-troops-in-russia-2024";

    private static readonly SeedSet Seed = SeedReader.ReadPaths([SeedPaths.Root]);

    private const string JatimTimesArticle = "2024-11-12-jatimtimes-rusia-korea-utara-aliansi";

    private static ArticleDocument Article => Assert.Single(Seed.Articles, a => a.Id == JatimTimesArticle);

    private static ClaimReport Claim(string id) => Assert.Single(Article.Claims, c => c.Claim.Name == id);

    [Fact]
    public void The_seed_validates_with_zero_problems()
    {
        Assert.Empty(Seed.Problems.Select(p => p.ToString()));
        Assert.Empty(Seed.Warnings.Select(p => p.ToString()));
        Assert.True(Seed.IsValid);
    }

    [Fact]
    public void The_seed_holds_the_jatim_times_article_with_its_people_and_sources()
    {
        Assert.Equal(JatimTimesArticle, Article.Id);
        Assert.Equal("jatim-times", Article.Publisher);
        Assert.Equal(["anisa-tri-saraswati"], Article.Authors);
        Assert.Equal(["sri-kurnia-mahiruni"], Article.Editors);
        Assert.Equal("2024-11-12T16:00:00+07:00", Article.Published);
        Assert.Equal("2024-11-12", Article.PublishedOn);
        Assert.Equal("id", Article.Language);
        Assert.Equal("Internasional", Article.Section);
        Assert.Equal(["kcna", "ntv"], Article.Cites);
        Assert.Contains("Perang Ukraina", Article.Topics);
        Assert.Equal("articles/2024-11-12-jatimtimes-rusia-korea-utara-aliansi.yaml", Article.SourceFile);
    }

    [Fact]
    public void The_seed_holds_53_shared_things_and_the_jatim_times_article_32_claims_and_2_facts_each_with_one_report()
    {
        Assert.Equal(53, Seed.Entities.Count);
        Assert.Single(Article.Declares);
        // 32 claims in the file, then the date and place of the clash it declares, each a claim this article reports.
        Assert.Equal(34, Article.Claims.Count);
        Assert.Equal(34, Article.Claims.Select(c => c.Claim.Name).Distinct().Count());
        Assert.Equal(
            [("kursk-clashes-2024-11-date", "date", null, "2024-11", "date: 2024-11"), ("kursk-clashes-2024-11-place", "place", "kursk-region", null, "place: kursk-region")],
            Article.Claims.Skip(32).Select(c => (c.Claim.Name, c.Claim.Predicate, c.Claim.Value, c.Claim.Time, c.Report.Quote)));
        Assert.All(Article.Claims.Skip(32), c => Assert.Equal(["jatim-times"], c.Report.OriginatedBy));
    }

    [Fact]
    public void The_seed_has_articles_from_several_outlets_in_several_languages_with_a_denial()
    {
        Assert.InRange(Seed.Articles.Count, 6, int.MaxValue);
        Assert.InRange(Seed.Articles.Select(a => a.Publisher).Distinct().Count(), 4, int.MaxValue);
        Assert.InRange(Seed.Articles.Select(a => a.Language).Distinct().Count(), 2, int.MaxValue);

        var sizes = Seed.Articles.SelectMany(a => a.Claims)
            .Where(c => c.Claim.Predicate == "troops-sent" && c.Claim.About.Contains(Deployment)).ToList();
        Assert.Contains(sizes, c => c.Claim.Stance == Stance.Denied);
        Assert.InRange(sizes.Where(c => c.Claim.Quantity is not null).Select(c => c.Claim.Quantity).Distinct().Count(), 3, int.MaxValue);
    }

    [Fact]
    public void The_deployment_has_two_size_claims_that_disagree()
    {
        var sizes = Article.Claims.Where(c => c.Claim.Predicate == "troops-sent" && c.Claim.About.Contains(Deployment)).ToList();
        Assert.Equal(2, sizes.Count);

        var tens = Claim("north-korea-sent-tens-of-thousands-of-troops-to-russia").Claim.Quantity!;
        Assert.Equal(new Quantity(null, 10000, 99999, "troops", QuantityQualifier.Range), tens);

        var upTo = Claim("north-korea-sent-up-to-12000-troops-to-russia");
        Assert.Equal(new Quantity(12000, null, null, "troops", QuantityQualifier.UpTo), upTo.Claim.Quantity);
        Assert.Equal(["us-intelligence", "south-korean-intelligence", "ukrainian-intelligence"], upTo.Report.OriginatedBy);
        Assert.Equal([new Relay("ntv", RelayMode.Paraphrased)], upTo.Report.Via);
        Assert.Contains("hingga 12.000 tentara", upTo.Report.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ratification_claims_are_dated_and_attributed_to_kcna()
    {
        var ratified = Claim("north-korea-ratified-strategic-partnership-treaty");
        Assert.Equal("2024-11-11", ratified.Claim.Time);
        Assert.Equal(["kcna"], ratified.Report.OriginatedBy);
        Assert.Contains("russia-dprk-strategic-partnership-treaty", ratified.Claim.About);

        Assert.Equal(["kcna"], Claim("kim-jong-un-signed-ratification-decree").Report.OriginatedBy);
        Assert.Equal("2024-06", Claim("strategic-partnership-treaty-signed-by-putin-and-kim").Claim.Time);
    }

    [Fact]
    public void Mick_ryan_is_quoted_through_ntv_twice()
    {
        var ryan = Article.Claims.Where(c => c.Report.OriginatedBy.Contains("mick-ryan")).ToList();
        Assert.Equal(2, ryan.Count);
        Assert.All(ryan, c => Assert.Equal("ntv", Assert.Single(c.Report.Via).EntityId));
        Assert.Equal(RelayMode.Quoted, Claim("russia-would-need-more-north-koreans-if-short-of-personnel").Report.Via[0].How);
    }

    [Fact]
    public void Claims_keep_article_order_and_each_has_a_quote()
    {
        Assert.Equal(Enumerable.Range(1, Article.Claims.Count), Article.Claims.Select(c => c.Report.Position));
        Assert.All(Article.Claims, c => Assert.False(string.IsNullOrWhiteSpace(c.Report.Quote)));
        Assert.Equal(Article.Claims.Count, Article.Claims.Select(c => c.Claim.Name).Distinct().Count());
    }

    [Fact]
    public void Relation_keys_become_links()
    {
        var deployment = Assert.Single(Seed.Entities, e => e.Id == Deployment);
        Assert.Contains(new Link(RelationshipTypes.DeployedFrom, "north-korea", null, null, null), deployment.Links);
        Assert.Contains(new Link(RelationshipTypes.DeployedTo, "russia", null, null, null), deployment.Links);
        Assert.Contains(new Link(RelationshipTypes.DeployedIn, "kursk-region", null, null, null), deployment.Links);
        Assert.Equal(new[] { "artillery", "drones", "infantry" }, (IReadOnlyList<string>)deployment.Properties[EntityProperties.Roles]);

        var treaty = Assert.Single(Seed.Entities, e => e.Id == "russia-dprk-strategic-partnership-treaty");
        Assert.Contains(new Link(RelationshipTypes.PartyTo, "north-korea", null, null, null) { Incoming = true }, treaty.Links);
        // Its dates are claims of the articles that state them (docs/model.md, "Facts come from claims"), not values of the file.
        Assert.Contains(new Link(RelationshipTypes.Signed, "vladimir-putin", null, null, null) { Incoming = true }, treaty.Links);
        Assert.False(treaty.Properties.ContainsKey(EntityProperties.SignedOn));

        var kim = Assert.Single(Seed.Entities, e => e.Id == "kim-jong-un");
        Assert.Contains(new Link(RelationshipTypes.LeaderOf, "north-korea", "Supreme Leader", null, null), kim.Links);
    }

    [Fact]
    public void Aliases_carry_their_languages()
    {
        var northKorea = Assert.Single(Seed.Entities, e => e.Id == "north-korea");
        Assert.Contains(new Alias("Korea Utara", "id"), northKorea.Aliases);
        Assert.Contains(new Alias("북한", "ko"), northKorea.Aliases);
        Assert.Contains(new Alias("Nordkorea", "de"), northKorea.Aliases);
        Assert.Equal(EntityKind.Country, northKorea.Kind);
        Assert.Equal("entities/countries.yaml", northKorea.Location.File);
    }

    [Fact]
    public void The_clash_is_declared_inline_by_the_article()
    {
        var clash = Assert.Single(Article.Declares);
        Assert.Equal("kursk-clashes-2024-11", clash.Id);
        Assert.Equal("clash", clash.Type);
        Assert.Contains(new Link(RelationshipTypes.TookPartIn, Deployment, null, null, null) { Incoming = true }, clash.Links);
    }
}
