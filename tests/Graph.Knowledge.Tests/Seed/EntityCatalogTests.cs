using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;

namespace Graph.Knowledge.Tests.Seed;

public sealed class EntityCatalogTests
{
    private static readonly InMemoryEntityCatalog Catalog = InMemoryEntityCatalog.FromTuples(
    [
        ("north-korea", EntityKind.Country, "North Korea", [new Alias("Korea Utara", "id"), new Alias("Korea", "en")]),
        ("south-korea", EntityKind.Country, "South Korea", [new Alias("Korea", "en")]),
        ("ivan-klyszcz", EntityKind.Person, "Ivan Klyszcz", []),
        ("kim-jong-un", EntityKind.Person, "Kim Jong Un", []),
    ]);

    [Theory]
    [InlineData("Kim Jong-un")]
    [InlineData("kim jong un")]
    [InlineData("KimJongUn")]
    [InlineData("Kim Jong–un")]
    public void Names_match_ignoring_hyphens_and_spaces(string reference)
    {
        Assert.Equal("kim-jong-un", Catalog.Resolve(reference).Entry?.Id);
    }

    [Theory]
    [InlineData("north-korea")]
    [InlineData("North Korea")]
    [InlineData("korea utara")]
    [InlineData("KORÉA  Utara")]
    public void Resolves_by_id_name_or_alias_ignoring_case_and_diacritics(string reference)
    {
        var resolution = Catalog.Resolve(reference);

        Assert.Equal("north-korea", resolution.Entry?.Id);
        Assert.False(resolution.Ambiguous);
    }

    [Fact]
    public void An_alias_of_several_things_is_ambiguous_and_the_choice_is_stable()
    {
        var resolution = Catalog.Resolve("korea");

        Assert.True(resolution.Ambiguous);
        Assert.Equal(["north-korea", "south-korea"], resolution.Candidates.Select(c => c.Id));
        Assert.Equal("north-korea", resolution.Entry?.Id);
    }

    [Fact]
    public void Unknown_ids_get_the_closest_id_as_suggestion()
    {
        Assert.Equal("north-korea", Catalog.Resolve("north-koera").Suggestion);
        Assert.Equal("ivan-klyszcz", Catalog.Resolve("ivan-klyscz").Suggestion);
        Assert.Null(Catalog.Resolve("atlantis").Suggestion);
    }

    [Fact]
    public void Search_keys_drop_diacritics_case_spaces_and_hyphens()
    {
        Assert.Equal("koreautara", TextMatching.SearchKey(" Koréa   UTARA "));
        Assert.Equal("ivanklyszcz", TextMatching.SearchKey("Iván Klýszcz"));
        Assert.Equal("kimjongun", TextMatching.SearchKey("Kim Jong-un"));
        Assert.Equal("korea utara", TextMatching.Fold(" Koréa   UTARA "));
    }
}
