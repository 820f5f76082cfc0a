using Graph.Knowledge.Model;
using Graph.Knowledge.Seed.Parsed;

namespace Graph.Knowledge.Seed;

/// <summary>The keys each part of a seed file may use; anything else is reported as unknown.</summary>
public static class SeedKeys
{
    public static IReadOnlyList<string> Article { get; } =
        ["id", "title", "url", "publisher", "authors", "editors", "published", "language", "section", "topics", "cites", "declares", "claims"];

    public static IReadOnlyList<string> Claim { get; } =
        ["id", "statement", "predicate", "about", "value", "quantity", "stance", "time", "credibility", "quote", "from", "via", "how"];

    public static IReadOnlyList<string> Quantity { get; } = ["value", "low", "high", "unit", "qualifier"];

    public static IReadOnlyList<string> Grade { get; } = ["value", "by", "date"];

    public static IReadOnlyList<string> Relay { get; } = ["id", "how"];

    private static readonly string[] CommonEntity = ["id", "kind", "name", "description", "aliases"];

    /// <summary>The keys of a thing of this kind; with no known kind, the keys of every kind (so one typo in <c>kind</c> is one problem, not ten).</summary>
    public static IReadOnlyList<string> Entity(EntityKind? kind)
    {
        if (kind is null)
        {
            return [.. Enum.GetValues<EntityKind>().SelectMany(k => Entity(k)).Distinct()];
        }

        var keys = new List<string>(CommonEntity);
        keys.AddRange(RelationKeys.For(kind.Value).Select(r => r.Name));
        keys.AddRange(kind.Value switch
        {
            EntityKind.Person => ["reliability"],
            EntityKind.Organization => ["type", "reliability"],
            EntityKind.Place => ["type"],
            EntityKind.Treaty => [EntityProperties.SignedOn, EntityProperties.InForceOn, EntityProperties.Obligations],
            EntityKind.Deployment => [EntityProperties.Roles, EntityProperties.Start, EntityProperties.End],
            EntityKind.Event => ["type", EntityProperties.Date],
            _ => [],
        });
        return keys;
    }

    /// <summary>The values <c>type</c> may take for a kind; empty when the kind has no type.</summary>
    public static IReadOnlyList<string> Types(EntityKind kind) => kind switch
    {
        EntityKind.Organization => ["government", "intelligence-agency", "armed-force", "news-agency", "outlet", "think-tank", "other"],
        EntityKind.Place => ["region", "city", "other"],
        EntityKind.Event => ["summit", "signing", "ratification", "entry-into-force", "clash", "statement", "other"],
        _ => [],
    };
}
