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

    [Fact]
    public void A_date_place_or_tie_date_on_a_shared_thing_is_refused_naming_the_claim_to_write_instead()
    {
        var problems = Problems("""
            - id: signing
              kind: event
              type: signing
              name: A signing
              date: 2024-06-19
              place: russia
            - id: pact
              kind: treaty
              name: A pact
              signedOn: 2024-06
              ratifiedBy: [{ id: north-korea, date: 2024-11-11 }]
            - id: someone
              kind: person
              name: Someone
              leaderOf: { id: russia, role: President, since: 2000-05-07 }
            """);

        Assert.Equal(
            [
                "entities/more.yaml:5:9: 'date: 2024-06-19' on shared thing 'signing' has no source: seed/entities/ holds things, not facts. Write it in the article that states it, as a claim with about: signing and time: 2024-06-19, quoting the article's words (or declare 'signing' in that article)",
                "entities/more.yaml:6:10: 'place: russia' on shared thing 'signing' has no source: seed/entities/ holds things, not facts. Write it in the article that states it, as a claim with about: [signing, russia] (the event and the place), quoting the article's words (or declare 'signing' in that article)",
                "entities/more.yaml:10:13: 'signedOn: 2024-06' on shared thing 'pact' has no source: seed/entities/ holds things, not facts. Write it in the article that states it, as a claim with predicate: signed, about: pact and time: 2024-06, quoting the article's words (or declare 'pact' in that article)",
                "entities/more.yaml:11:41: 'ratifiedBy date: 2024-11-11' on shared thing 'pact' has no source: seed/entities/ holds things, not facts. Write it in the article that states it, as a claim with predicate: ratified, about: [pact, north-korea] and time: 2024-11-11, quoting the article's words (or declare 'pact' in that article)",
                "entities/more.yaml:15:51: 'leaderOf since: 2000-05-07' on shared thing 'someone' has no source: seed/entities/ holds things, not facts. Write it in the article that states it, as a claim with predicate: took-office, about: [someone, russia] and time: 2000-05-07, quoting the article's words (or declare 'someone' in that article)",
            ],
            problems);
    }
}
