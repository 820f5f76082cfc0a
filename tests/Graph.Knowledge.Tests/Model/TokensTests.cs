using Graph.Knowledge.Model;
using Xunit;

namespace Graph.Knowledge.Tests.Model;

/// <summary>
/// Tokens are parsed for every claim (its stance, its figure's qualifier) and every thing a claim is about (its kind)
/// each time the API settles a thing's facts: any case, and without a copy of the enum's values or of a label per call.
/// </summary>
public sealed class TokensTests
{
    [Fact]
    public void Every_kind_parses_from_its_token_and_its_label_in_any_case()
    {
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            foreach (var text in new[] { kind.Token(), kind.Label(), kind.Label().ToUpperInvariant() })
            {
                Assert.True(EntityKindExtensions.TryParseToken(text, out var parsed), text);
                Assert.Equal(kind, parsed);
            }
        }

        Assert.False(EntityKindExtensions.TryParseToken("claim", out _));
        Assert.False(EntityKindExtensions.TryParseToken(string.Empty, out _));
    }

    [Fact]
    public void The_thing_kind_labels_are_the_labels_of_the_entity_kinds()
    {
        Assert.Equal(Enum.GetValues<EntityKind>().Select(k => k.Label()).Order(StringComparer.Ordinal), Labels.ThingKinds.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Labels.Entity, Labels.ThingKinds);
    }

    [Fact]
    public void Parsing_a_kind_a_stance_or_a_qualifier_allocates_nothing()
    {
        // Warm: the first call of each initializes the values it compares with.
        Parse();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Parse();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        static void Parse()
        {
            Assert.True(EntityKindExtensions.TryParseToken("deployment", out var kind) && kind == EntityKind.Deployment);
            Assert.True(Tokens.TryParse("denied", out Stance stance) && stance == Stance.Denied);
            Assert.True(Tokens.TryParse("up-to", out QuantityQualifier qualifier) && qualifier == QuantityQualifier.UpTo);
        }
    }
}
