using Graph.Knowledge.Claims;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;

namespace Graph.Knowledge.Tests.Claims;

/// <summary>
/// The relations the rules give between the claims of the real seed (seed/articles), computed as the
/// API computes them, for the troop figures, the denials, the signing and the ratifications.
/// Each claim is shown by the names files give it, joined with '+' when several files name it.
/// </summary>
public sealed class SeedRelationsTests
{
    private static readonly SeedSet Seed = SeedReader.ReadPaths([SeedPaths.Root]);

    private static readonly List<IGrouping<string, ClaimDefinition>> Claims =
        [.. Seed.Articles.SelectMany(a => a.Claims.Select(c => c.Claim)).GroupBy(c => c.NodeId)];

    [Fact]
    public void Reports_with_the_same_content_are_one_claim_whatever_their_ids()
    {
        var shared = Claims.Where(g => g.Count() > 1).Select(Name).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("kremlin-dismissed-north-korean-troop-reports-as-fake-news+north-korea-un-representative-denied-sending-troops-to-russia", shared);
        Assert.Contains("north-korea-sent-up-to-12000-troops-to-russia", shared);
        Assert.Contains("putin-and-kim-signed-pact-during-putin-visit-to-pyongyang-in-june+putin-and-kim-signed-treaty-in-pyongyang-in-june+strategic-partnership-treaty-signed-by-putin-and-kim+treaty-signed-by-putin-and-kim-in-june", shared);
        Assert.Contains("north-korea-ratified-strategic-partnership-treaty+north-korea-ratified-treaty-by-decree-signed-monday", shared);
        Assert.Contains("russia-completed-ratification-in-november+russia-ratified-treaty-in-november", shared);
    }

    [Fact]
    public void Troop_figures_and_denials_relate_as_the_rules_say()
    {
        Assert.Equal(
        [
            "budanov-about-11000-north-korean-infantrymen-training-in-russia AGREES thousands-of-north-korean-soldiers-in-russia-preparing-for-ukraine: the figures overlap: about 11,000 troops and 1,000-9,999 troops",
            "budanov-about-11000-north-korean-infantrymen-training-in-russia DISAGREES kremlin-dismissed-north-korean-troop-reports-as-fake-news+north-korea-un-representative-denied-sending-troops-to-russia: this one asserts what the other denies",
            "budanov-about-11000-north-korean-infantrymen-training-in-russia DISAGREES south-korean-intelligence-1500-special-forces-training-in-russia: the figures exclude each other: about 11,000 troops and 1,500 troops",
            "kremlin-dismissed-north-korean-troop-reports-as-fake-news+north-korea-un-representative-denied-sending-troops-to-russia DISAGREES budanov-about-11000-north-korean-infantrymen-training-in-russia: the other asserts what this one denies",
            "kremlin-dismissed-north-korean-troop-reports-as-fake-news+north-korea-un-representative-denied-sending-troops-to-russia DISAGREES south-korean-intelligence-1500-special-forces-training-in-russia: the other asserts what this one denies",
            "kremlin-dismissed-north-korean-troop-reports-as-fake-news+north-korea-un-representative-denied-sending-troops-to-russia DISAGREES thousands-of-north-korean-soldiers-in-russia-preparing-for-ukraine: the other asserts what this one denies",
            "kremlin-dismissed-north-korean-troop-reports-as-fake-news+north-korea-un-representative-denied-sending-troops-to-russia DISAGREES us-confirmed-3000-north-koreans-training-in-russia: the other asserts what this one denies",
            "north-korea-sent-tens-of-thousands-of-troops-to-russia AGREES north-korea-sent-up-to-12000-troops-to-russia: the figures overlap: 10,000-99,999 troops and up to 12,000 troops",
            "north-korea-sent-tens-of-thousands-of-troops-to-russia DISAGREES us-south-korea-ukraine-say-thousands-of-north-korean-troops-sent: the figures exclude each other: 10,000-99,999 troops and 1,000-9,999 troops",
            "north-korea-sent-up-to-12000-troops-to-russia AGREES north-korea-sent-tens-of-thousands-of-troops-to-russia: the figures overlap: up to 12,000 troops and 10,000-99,999 troops",
            "north-korea-sent-up-to-12000-troops-to-russia REFINED_BY us-south-korea-ukraine-say-thousands-of-north-korean-troops-sent: the other is more precise: 1,000-9,999 troops is within up to 12,000 troops",
            "south-korean-intelligence-1500-special-forces-training-in-russia DISAGREES budanov-about-11000-north-korean-infantrymen-training-in-russia: the figures exclude each other: 1,500 troops and about 11,000 troops",
            "south-korean-intelligence-1500-special-forces-training-in-russia DISAGREES kremlin-dismissed-north-korean-troop-reports-as-fake-news+north-korea-un-representative-denied-sending-troops-to-russia: this one asserts what the other denies",
            "south-korean-intelligence-1500-special-forces-training-in-russia REFINES thousands-of-north-korean-soldiers-in-russia-preparing-for-ukraine: more precise: 2024-10-18 is within 2024-10; 1,500 troops is within 1,000-9,999 troops",
            "thousands-of-north-korean-soldiers-in-russia-preparing-for-ukraine AGREES budanov-about-11000-north-korean-infantrymen-training-in-russia: the figures overlap: 1,000-9,999 troops and about 11,000 troops",
            "thousands-of-north-korean-soldiers-in-russia-preparing-for-ukraine DISAGREES kremlin-dismissed-north-korean-troop-reports-as-fake-news+north-korea-un-representative-denied-sending-troops-to-russia: this one asserts what the other denies",
            "thousands-of-north-korean-soldiers-in-russia-preparing-for-ukraine REFINED_BY south-korean-intelligence-1500-special-forces-training-in-russia: the other is more precise: 2024-10-18 is within 2024-10; 1,500 troops is within 1,000-9,999 troops",
            "thousands-of-north-korean-soldiers-in-russia-preparing-for-ukraine REFINED_BY us-confirmed-3000-north-koreans-training-in-russia: the other is more precise: 2024-10-23 is within 2024-10; 3,000 troops is within 1,000-9,999 troops",
            "us-confirmed-3000-north-koreans-training-in-russia DISAGREES kremlin-dismissed-north-korean-troop-reports-as-fake-news+north-korea-un-representative-denied-sending-troops-to-russia: this one asserts what the other denies",
            "us-confirmed-3000-north-koreans-training-in-russia REFINES thousands-of-north-korean-soldiers-in-russia-preparing-for-ukraine: more precise: 2024-10-23 is within 2024-10; 3,000 troops is within 1,000-9,999 troops",
            "us-south-korea-ukraine-say-thousands-of-north-korean-troops-sent DISAGREES north-korea-sent-tens-of-thousands-of-troops-to-russia: the figures exclude each other: 1,000-9,999 troops and 10,000-99,999 troops",
            "us-south-korea-ukraine-say-thousands-of-north-korean-troops-sent REFINES north-korea-sent-up-to-12000-troops-to-russia: more precise: 1,000-9,999 troops is within up to 12,000 troops",
        ], Relations("troops-sent"));
    }

    [Fact]
    public void A_later_article_makes_the_signing_date_more_precise_and_ratifications_of_different_states_stay_apart()
    {
        const string June = "putin-and-kim-signed-pact-during-putin-visit-to-pyongyang-in-june+putin-and-kim-signed-treaty-in-pyongyang-in-june+strategic-partnership-treaty-signed-by-putin-and-kim+treaty-signed-by-putin-and-kim-in-june";
        Assert.Equal(
        [
            $"{June} REFINED_BY treaty-signed-in-pyongyang-on-2024-06-19: the other is more precise: 2024-06-19 is within 2024-06",
            $"treaty-signed-in-pyongyang-on-2024-06-19 REFINES {June}: more precise: 2024-06-19 is within 2024-06",
        ], Relations("signed"));
        Assert.Equal(
        [
            "north-korea-ratified-strategic-partnership-treaty+north-korea-ratified-treaty-by-decree-signed-monday REFINES north-korea-ratified-treaty-in-november: more precise: 2024-11-11 is within 2024-11",
            "north-korea-ratified-treaty-in-november REFINED_BY north-korea-ratified-strategic-partnership-treaty+north-korea-ratified-treaty-by-decree-signed-monday: the other is more precise: 2024-11-11 is within 2024-11",
            "state-duma-ratified-treaty REFINED_BY state-duma-voted-to-ratify-treaty-on-2024-10-24: the other is more precise: 2024-10-24 is within 2024-10",
            "state-duma-voted-to-ratify-treaty-on-2024-10-24 REFINES state-duma-ratified-treaty: more precise: 2024-10-24 is within 2024-10",
        ], Relations("ratified"));
    }

    /// <summary>Every relation between claims with this predicate, as "self KIND other: reason", sorted.</summary>
    private static List<string> Relations(string predicate)
    {
        var events = Seed.Entities.Concat(Seed.Articles.SelectMany(a => a.Declares)).Where(e => e.Kind == EntityKind.Event).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var claims = Claims.Where(g => g.First().Predicate == predicate).ToList();
        return
        [
            .. from a in claims
               from b in claims
               where a.Key != b.Key
               let x = a.First()
               let y = b.First()
               let relation = ClaimRelations.Between(x, y, ClaimRelations.IsOneTimeEvent(x, events.Contains) || ClaimRelations.IsOneTimeEvent(y, events.Contains))
               where relation is not null
               let kind = relation.Kind switch { ClaimRelationKind.RefinedBy => "REFINED_BY", var k => k.ToString().ToUpperInvariant() }
               select $"{Name(a)} {kind} {Name(b)}: {relation.Reason}" into line
               orderby line
               select line,
        ];
    }

    private static string Name(IGrouping<string, ClaimDefinition> claim) => string.Join("+", claim.Select(c => c.Name).Distinct().Order(StringComparer.Ordinal));
}
