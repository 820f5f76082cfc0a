namespace Graph.Knowledge.Tests.Validation;

public sealed class EntityValidationTests : IDisposable
{
    private readonly TempSeed seed = new();

    public void Dispose() => seed.Dispose();

    private List<string> Problems(string entities)
    {
        seed.Write("entities/more.yaml", entities);
        return [.. seed.Read().Problems.Select(p => p.ToString())];
    }

    [Fact]
    public void Unknown_kind_and_type_are_reported_with_suggestion()
    {
        var problems = Problems("""
            - id: kcna
              kind: organisation
              name: KCNA
            - id: ntv2
              kind: organization
              type: outlett
              name: NTV
            """);

        Assert.Equal(
            [
                "entities/more.yaml:2:9: unknown kind 'organisation' (did you mean 'organization'?) (one of person, country, organization, place, treaty, deployment, event)",
                "entities/more.yaml:6:9: unknown organization type 'outlett' (did you mean 'outlet'?) (one of government, intelligence-agency, armed-force, news-agency, outlet, think-tank, other)",
            ],
            problems);
    }

    [Fact]
    public void A_link_to_the_wrong_kind_of_thing_is_reported()
    {
        var problems = Problems("""
            - id: troops
              kind: deployment
              name: Troops
              from: ntv
              to: russia
            """);

        Assert.Equal(["entities/more.yaml:4:9: 'ntv' is a organization, but 'from' must be a country"], problems);
    }

    [Fact]
    public void A_key_of_another_kind_is_unknown()
    {
        var problems = Problems("""
            - id: putin
              kind: person
              name: Vladimir Putin
              parties: [russia]
            """);

        Assert.Equal(["entities/more.yaml:4:3: unknown key 'parties' in person"], problems);
    }

    [Fact]
    public void Alias_language_must_be_a_tag_and_grades_on_the_scale()
    {
        var problems = Problems("""
            - id: someone
              kind: person
              name: Someone
              aliases: { English: [Some One] }
              reliability: { value: G, by: analyst, date: 2024-11-31 }
            """);

        Assert.Equal(
            [
                "entities/more.yaml:4:14: 'English' is not a language tag (e.g. en, id, ko, de, ru)",
                "entities/more.yaml:5:25: reliability 'G' is not on the scale A-F",
                "entities/more.yaml:5:47: impossible date '2024-11-31'",
            ],
            problems);
    }
}
