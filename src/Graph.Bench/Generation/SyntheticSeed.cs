using System.Globalization;
using System.Text;

namespace Graph.Bench.Generation;

/// <summary>
/// Writes a synthetic seed in the project's seed format (docs/seed-format.md): one entities file and
/// one YAML file per article. 10-30 claims per article, 1-4 reports per claim (2.5 on average: the
/// same claim id with the same definition in several articles), and things drawn with Zipf
/// popularity, so that a few hubs are about, originate or relay much of it. The same seed number
/// writes the same files.
/// </summary>
public static class SyntheticSeed
{
    /// <summary>Seed things the synthetic claims also concern, as hubs: the questions' own answers do not grow with them.</summary>
    private static readonly string[] SeedHubs = ["russia", "ukraine", "north-korea"];

    private static readonly (string Predicate, string? Unit)[] Predicates =
    [
        ("bench-troops-sent", "troops"), ("bench-casualties", "people"), ("bench-aid-pledged", "million-usd"),
        ("bench-talks-held", null), ("bench-sanctions-imposed", null), ("bench-shells-supplied", "shells"),
        ("bench-statement-issued", null), ("bench-drones-launched", "drones"), ("bench-agreement-signed", null),
        ("bench-exercise-held", null),
    ];

    private static readonly string[] Languages = ["en", "id", "de", "ru"];
    private static readonly string[] Qualifiers = ["exact", "approximately", "up-to", "at-least"];
    private static readonly string[] Hows = ["quoted", "paraphrased", "translated"];

    /// <summary>Writes <paramref name="claims"/> claims under <paramref name="directory"/> (<c>entities/</c>, <c>articles/</c>).</summary>
    public static SyntheticSeedSummary Write(string directory, int claims, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(claims, 1);
        var random = new Random(seed);
        var things = Things(claims);
        Directory.CreateDirectory(Path.Combine(directory, "entities"));
        Directory.CreateDirectory(Path.Combine(directory, "articles"));
        File.WriteAllText(Path.Combine(directory, "entities", "bench.yaml"), EntitiesYaml(things));

        var aboutPool = Shuffled(random, [.. things.People, .. things.Places, .. things.Agencies, .. things.Countries]);
        for (var i = 0; i < SeedHubs.Length; i++)
        {
            // Hubs near the top of the popularity ranking: 2nd, 6th and 12th.
            aboutPool.Insert(Math.Min(aboutPool.Count, (i * i) + (3 * i) + 1), SeedHubs[i]);
        }

        var sources = Shuffled(random, [.. things.People, .. things.Agencies]);
        var pools = new Pools(aboutPool, new Zipf(aboutPool.Count), sources, new Zipf(sources.Count), things.Outlets, new Zipf(things.Outlets.Count),
            things.People, new Zipf(things.People.Count));
        // Claims meet by content (the claim key), so each sketch is drawn again until its content is new.
        var contents = new HashSet<string>(StringComparer.Ordinal);
        var definitions = Enumerable.Range(0, claims).Select(n => DistinctClaim(random, pools, n, contents)).ToList();

        var articles = 0;
        var reports = 0;
        foreach (var members in Articles(random, definitions.Select(_ => 1 + Binomial(random, 3)).ToList()))
        {
            File.WriteAllText(Path.Combine(directory, "articles", $"bench-article-{articles:D6}.yaml"), ArticleYaml(random, pools, articles, members.Select(m => definitions[m]).ToList()));
            articles++;
            reports += members.Count;
        }

        return new SyntheticSeedSummary(claims, reports, articles, things.Count);
    }

    /// <summary>Deals each claim's reports into articles of 10-30 distinct claims, in shuffled order.</summary>
    private static IEnumerable<List<int>> Articles(Random random, IReadOnlyList<int> reportsPerClaim)
    {
        var slots = Shuffled(random, [.. reportsPerClaim.SelectMany((k, claim) => Enumerable.Repeat(claim, k))]);
        var pending = new Queue<int>(slots);
        while (pending.Count > 0)
        {
            var size = random.Next(10, 31);
            var members = new List<int>(size);
            var deferred = new List<int>();
            while (members.Count < size && pending.Count > 0)
            {
                var claim = pending.Dequeue();
                (members.Contains(claim) ? deferred : members).Add(claim);
            }

            // A claim drawn twice for one article waits for the next article.
            foreach (var claim in deferred)
            {
                pending.Enqueue(claim);
            }

            yield return members;
        }
    }

    private static ClaimSketch DistinctClaim(Random random, Pools pools, int n, HashSet<string> contents)
    {
        while (true)
        {
            var claim = Claim(random, pools, n);
            if (contents.Add($"{claim.Predicate}|{string.Join(',', claim.About.Order(StringComparer.Ordinal))}|{claim.Quantity}|{claim.Time}"))
            {
                return claim;
            }
        }
    }

    private static ClaimSketch Claim(Random random, Pools pools, int n)
    {
        var (predicate, unit) = Predicates[random.Next(Predicates.Length)];
        var about = pools.AboutRanks.Distinct(random, random.Next(1, 4)).Select(r => pools.About[r]).ToList();
        var quantity = unit is not null && random.NextDouble() < 0.6
            ? $"{{ value: {random.Next(1, 200) * 100}, qualifier: {Qualifiers[random.Next(Qualifiers.Length)]}, unit: {unit} }}"
            : null;
        var time = $"{random.Next(2022, 2026)}-{random.Next(1, 13):D2}";
        return new ClaimSketch($"bench-claim-{n:D7}", $"Synthetic claim {n} ({predicate}) about {string.Join(", ", about)}.", predicate, about, quantity, time);
    }

    private static string ArticleYaml(Random random, Pools pools, int n, IReadOnlyList<ClaimSketch> claims)
    {
        var day = new DateOnly(2023, 1, 1).AddDays(random.Next(0, 3 * 365));
        var text = new StringBuilder()
            .AppendLine("# Synthetic article written by graph-bench (src/Graph.Bench); not real reporting.")
            .AppendLine(CultureInfo.InvariantCulture, $"id: bench-article-{n:D6}")
            .AppendLine(CultureInfo.InvariantCulture, $"title: \"Synthetic article {n}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"url: https://bench.example/articles/{n}")
            .AppendLine(CultureInfo.InvariantCulture, $"publisher: {pools.Outlets[pools.OutletRanks.Next(random)]}")
            .AppendLine(CultureInfo.InvariantCulture, $"authors: [{string.Join(", ", pools.PeopleRanks.Distinct(random, random.Next(1, 3)).Select(r => pools.People[r]))}]")
            .AppendLine(CultureInfo.InvariantCulture, $"published: {day:yyyy-MM-dd}T{random.Next(0, 24):D2}:00:00+00:00")
            .AppendLine(CultureInfo.InvariantCulture, $"language: {Languages[random.Next(Languages.Length)]}")
            .AppendLine("claims:");
        foreach (var claim in claims)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - id: {claim.Id}")
                .AppendLine(CultureInfo.InvariantCulture, $"    statement: \"{claim.Statement}\"")
                .AppendLine(CultureInfo.InvariantCulture, $"    predicate: {claim.Predicate}")
                .AppendLine(CultureInfo.InvariantCulture, $"    about: [{string.Join(", ", claim.About)}]");
            if (claim.Quantity is { } quantity)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    quantity: {quantity}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"    time: {claim.Time}")
                .AppendLine(CultureInfo.InvariantCulture, $"    quote: \"Synthetic quote of {claim.Id} in article {n}.\"");
            if (random.NextDouble() < 0.9)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    from: [{string.Join(", ", pools.SourceRanks.Distinct(random, random.Next(1, 3)).Select(r => pools.Sources[r]))}]");
            }

            var relays = pools.OutletRanks.Distinct(random, random.Next(0, 3)).Select(r => pools.Outlets[r]).ToList();
            if (relays.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    via: [{string.Join(", ", relays.Select(r => $"{{ id: {r}, how: {Hows[random.Next(Hows.Length)]} }}"))}]");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"    how: {Hows[random.Next(Hows.Length)]}");
        }

        return text.ToString();
    }

    private static SyntheticThings Things(int claims)
    {
        static List<string> Ids(string prefix, int count) => [.. Enumerable.Range(0, count).Select(i => $"bench-{prefix}-{i:D5}")];
        return new SyntheticThings(
            Countries: Ids("country", 15),
            Outlets: Ids("outlet", Math.Max(10, claims / 250)),
            Agencies: Ids("agency", Math.Max(10, claims / 500)),
            People: Ids("person", Math.Max(30, claims / 40)),
            Places: Ids("place", Math.Max(20, claims / 100)));
    }

    private static string EntitiesYaml(SyntheticThings things)
    {
        var text = new StringBuilder("# Synthetic things written by graph-bench (src/Graph.Bench); not real.\n");
        void Add(IEnumerable<string> ids, string kind, string name, string? type)
        {
            foreach (var id in ids)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- id: {id}")
                    .AppendLine(CultureInfo.InvariantCulture, $"  kind: {kind}")
                    .AppendLine(CultureInfo.InvariantCulture, $"  name: \"{name} {id[(id.LastIndexOf('-') + 1)..]}\"");
                if (type is not null)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  type: {type}");
                }
            }
        }

        Add(things.Countries, "country", "Benchland", null);
        Add(things.Outlets, "organization", "Bench Outlet", "outlet");
        Add(things.Agencies, "organization", "Bench Agency", "intelligence-agency");
        Add(things.People, "person", "Bench Person", null);
        Add(things.Places, "place", "Bench Region", "region");
        return text.ToString();
    }

    private static List<T> Shuffled<T>(Random random, List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }

    private static int Binomial(Random random, int trials) => Enumerable.Range(0, trials).Count(_ => random.Next(2) == 1);

    private sealed record ClaimSketch(string Id, string Statement, string Predicate, IReadOnlyList<string> About, string? Quantity, string Time);

    private sealed record Pools(
        IReadOnlyList<string> About, Zipf AboutRanks,
        IReadOnlyList<string> Sources, Zipf SourceRanks,
        IReadOnlyList<string> Outlets, Zipf OutletRanks,
        IReadOnlyList<string> People, Zipf PeopleRanks);

    private sealed record SyntheticThings(List<string> Countries, List<string> Outlets, List<string> Agencies, List<string> People, List<string> Places)
    {
        public int Count => Countries.Count + Outlets.Count + Agencies.Count + People.Count + Places.Count;
    }
}
