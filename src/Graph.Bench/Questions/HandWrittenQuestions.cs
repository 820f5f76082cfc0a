using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Knowledge.Claims;
using Graph.Knowledge.Facts;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;
using Graph.Neo4j.Client;
using static Graph.Bench.Questions.Shapes;

namespace Graph.Bench.Questions;

/// <summary>
/// The hand-written answer of each IDE example (by its operation name): <see cref="HandWrittenCypher"/>
/// in one request, shaped into the example's selection here. Where the API decides in C# (which
/// claims disagree: <see cref="ClaimRelations"/>; the facts a thing's claims settle on:
/// <see cref="FactRules"/>), this side fetches the same raw data in its own Cypher and calls the same
/// pure function. The independent origins are counted in Cypher on both sides.
/// </summary>
public static class HandWrittenQuestions
{
    private static readonly Dictionary<string, Func<JsonElement, HandWritten>> ByOperation = new(StringComparer.Ordinal)
    {
        ["WhoSaidUpTo12000"] = v => One("WhoSaidUpTo12000", HandWrittenCypher.ClaimPage(HandWrittenCypher.Involving), P(("id", Text(v, "deployment")), ("first", 50)),
            rows => new JsonObject { ["claims"] = Connection(rows, claim =>
            {
                var reports = Reports(claim);
                return new JsonObject
                {
                    ["id"] = Text(claim, "id"),
                    ["statement"] = Text(claim, "statement"),
                    ["quote"] = Quote(reports),
                    ["quantity"] = Quantity(claim, "value", "low", "high", "unit", "qualifier"),
                    ["attributedTo"] = AttributedTo(reports, "id", "name"),
                    ["via"] = Via(reports, "id", "name"),
                    ["reportedIn"] = ReportedIn(reports, a => Article(a, "id", "title", "url", "publishedOn", "language").With("publisher", Publisher(a, "id", "name"))),
                    ["reports"] = Array(reports.Select(r => new JsonObject
                    {
                        ["how"] = Text(r, "how"),
                        ["quote"] = Text(r, "quote"),
                        ["originatedBy"] = Array(Originators(r).Select(o => Pick(o, "id", "name"))),
                        ["via"] = Array(Via(r).Select(e => Pick(e, "id", "name"))),
                        ["article"] = Article(r.GetProperty("article"), "id", "title", "publishedOn").With("publisher", Publisher(r.GetProperty("article"), "name")),
                    })),
                };
            }, totalCount: true) }),
        ["DisagreeingFigures"] = v => One("DisagreeingFigures", HandWrittenCypher.ClaimPageWithRelations(HandWrittenCypher.Involving), P(("id", Text(v, "deployment")), ("first", 50)),
            rows => new JsonObject { ["claims"] = DisagreeingFigures(rows) }),
        ["Treaty"] = v => Many(
            [
                Statement("TreatyNode", HandWrittenCypher.Node, P(("id", Text(v, "treaty")))),
                Statement("TreatyClaims", HandWrittenCypher.ClaimPage(HandWrittenCypher.Involving), P(("id", Text(v, "treaty")), ("first", 50))),
                Statement("TreatyNeighbourhood", HandWrittenCypher.Neighbourhood, P(("id", Text(v, "treaty")), ("limit", 50))),
            ],
            results => new JsonObject
            {
                ["treaty"] = Thing(results[0], "id", "name", "aliases"),
                ["claims"] = Connection(results[1], claim =>
                {
                    var reports = Reports(claim);
                    return new JsonObject
                    {
                        ["statement"] = Text(claim, "statement"),
                        ["quote"] = Quote(reports),
                        ["about"] = AboutOf(claim),
                        ["attributedTo"] = AttributedTo(reports, "name"),
                        ["via"] = Via(reports, "name"),
                        ["reportedIn"] = ReportedIn(reports, a => Article(a, "title", "publishedOn")),
                    };
                }, totalCount: true),
                ["neighbourhood"] = Neighbourhood(results[2]),
            }),
        ["BlinkenOnNorthKoreanSoldiers"] = v => Many(
            [
                Statement("PersonNode", HandWrittenCypher.Node, P(("id", Text(v, "person")))),
                Statement("PersonClaims", HandWrittenCypher.ClaimPage(HandWrittenCypher.AttributedTo), P(("id", Text(v, "person")), ("first", 20))),
            ],
            results => new JsonObject
            {
                ["person"] = Thing(results[0], "id", "name", "aliases"),
                ["claims"] = Connection(results[1], claim =>
                {
                    var reports = Reports(claim);
                    return new JsonObject
                    {
                        ["statement"] = Text(claim, "statement"),
                        ["quote"] = Quote(reports),
                        ["about"] = AboutOf(claim),
                        ["reports"] = Array(reports.Select(r => new JsonObject
                        {
                            ["how"] = Text(r, "how"),
                            ["quote"] = Text(r, "quote"),
                            ["via"] = Array(Via(r).Select(e => Pick(e, "name"))),
                            ["article"] = Article(r.GetProperty("article"), "title", "url", "publishedOn").With("publisher", Publisher(r.GetProperty("article"), "name")),
                        })),
                    };
                }, totalCount: false),
            }),
        ["OfficersAndGenerals"] = v => Many(
            [
                Statement("ReporterClaims", HandWrittenCypher.ClaimPage(HandWrittenCypher.AttributedTo), P(("id", Text(v, "reporter")), ("first", 20))),
                Statement("CommentatorClaims", HandWrittenCypher.ClaimPage(HandWrittenCypher.AttributedTo), P(("id", Text(v, "commentator")), ("first", 20))),
            ],
            results => new JsonObject
            {
                ["reported"] = Connection(results[0], claim => OfficersClaim(claim, withQuantity: true), totalCount: false),
                ["commented"] = Connection(results[1], claim => OfficersClaim(claim, withQuantity: false), totalCount: false),
            }),
        ["Clashes"] = v => Many(
            [
                Statement("PlaceNode", HandWrittenCypher.Node, P(("id", Text(v, "place")))),
                Statement("PlaceClaims", HandWrittenCypher.ClaimPage(HandWrittenCypher.Involving), P(("id", Text(v, "place")), ("first", 20))),
            ],
            results => new JsonObject
            {
                ["place"] = Thing(results[0], "id", "name", "aliases"),
                ["claims"] = Connection(results[1], claim =>
                {
                    var reports = Reports(claim);
                    return new JsonObject
                    {
                        ["statement"] = Text(claim, "statement"),
                        ["quote"] = Quote(reports),
                        ["about"] = AboutOf(claim),
                        ["attributedTo"] = AttributedTo(reports, "id", "name"),
                        ["via"] = Via(reports, "name"),
                        ["reports"] = Array(reports.Select(r => new JsonObject
                        {
                            ["how"] = Text(r, "how"),
                            ["originatedBy"] = Array(Originators(r).Select(o => Pick(o, "name"))),
                            ["article"] = Article(r.GetProperty("article"), "title", "publishedOn"),
                        })),
                    };
                }, totalCount: false),
            }),
        ["Search"] = v =>
        {
            var folded = TextMatching.Fold(Text(v, "text") ?? string.Empty);
            return One("Search", HandWrittenCypher.Search,
                P(("text", TextMatching.SearchKey(folded)), ("words", folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextMatching.SearchKey).Where(w => w.Length > 0).ToList()), ("first", 5)),
                rows => new JsonObject
                {
                    ["search"] = Array(rows.Rows.Select(r => Pick(r["node"], "id", "name").With("__typename", TypeName(r["node"])).With("aliases", Aliases(r["node"])))),
                });
        },
        ["Neighbourhood"] = v => One("Neighbourhood", HandWrittenCypher.Neighbourhood, P(("id", Text(v, "id")), ("limit", 100)),
            rows => new JsonObject { ["neighbourhood"] = Neighbourhood(rows) }),
        ["Browse"] = v => Many(
            [
                Statement("EventsBetween", HandWrittenCypher.EventsBetween, P(("from", Text(v, "from")), ("to", Text(v, "to")), ("first", 10))),
                Statement("ArticlesOf", HandWrittenCypher.ArticlesOf, P(("id", Text(v, "publisher")), ("first", 10))),
            ],
            results => new JsonObject
            {
                ["events"] = Events(results[0], first: 10),
                ["articles"] = new JsonObject
                {
                    ["totalCount"] = results[1].Rows.Count == 0 ? 0 : results[1].Rows[0].GetInt64("totalCount"),
                    ["edges"] = Array(results[1].Rows.Select(r => new JsonObject { ["node"] = Pick(r["node"], "id", "title", "publishedOn", "language") })),
                },
            }),
        ["TreatyInForce"] = v => Text(v, "asOf") is not null
            ? throw new NotSupportedException("the bench asks TreatyInForce with asOf: null, as the IDE opens it")
            : One("TreatyInForce", HandWrittenCypher.TreatyFacts, P(("id", Text(v, "treaty"))), rows => new JsonObject { ["node"] = TreatyInForce(rows) }),
        ["WhatChanged"] = v => Many(
            [
                Statement("WindowReports", HandWrittenCypher.WindowReports, P(("from", Text(v, "from")), ("to", Text(v, "to")))),
                Statement("WindowThings", HandWrittenCypher.WindowThings, P(("from", Text(v, "from")), ("to", Text(v, "to")))),
            ],
            results => new JsonObject { ["changes"] = Changes(results[0], results[1], Text(v, "from")!, Text(v, "to")!) }),
    };

    /// <summary>The baseline for an IDE example, by its operation name; null when the bench has none for it.</summary>
    public static HandWritten? For(string operation, JsonElement variables) =>
        ByOperation.TryGetValue(operation, out var build) ? build(variables) : null;

    /// <summary>The operations that have a baseline.</summary>
    public static IReadOnlyCollection<string> Operations => ByOperation.Keys;

    private static JsonObject OfficersClaim(JsonElement claim, bool withQuantity)
    {
        var reports = Reports(claim);
        var node = new JsonObject { ["statement"] = Text(claim, "statement") };
        if (withQuantity)
        {
            node["quantity"] = Quantity(claim, "value", "unit", "qualifier");
        }

        node["quote"] = Quote(reports);
        node["attributedTo"] = AttributedTo(reports, "id", "name");
        node["via"] = Via(reports, "name");
        node["reportedIn"] = ReportedIn(reports, a => Article(a, "title", "publishedOn"));
        return node;
    }

    /// <summary>The disagreeing claims decided by <see cref="ClaimRelations"/> on the candidates the statement returned, as the API's <c>ClaimPair</c> reads them.</summary>
    private static JsonObject DisagreeingFigures(CypherResult result)
    {
        var claims = result.Rows.ToDictionary(r => Text(r["claim"], "id")!, r => r["claim"], StringComparer.Ordinal);
        var rows = result.Rows.Count == 0 ? [] : Items(result.Rows[0]["rows"]).OrderBy(r => Number(r, "i")).ToList();
        JsonObject Figure(JsonElement c) => new()
        {
            ["id"] = Text(c, "id"),
            ["statement"] = Text(c, "statement"),
            ["quantity"] = Quantity(c, "value", "low", "high", "unit", "qualifier"),
            ["independentAsserters"] = Items(c.GetProperty("origins")).Count(),
            ["attributedTo"] = Array(Items(c.GetProperty("originators")).Select(o => Pick(o, "name"))),
        };

        return new JsonObject
        {
            ["edges"] = Array(rows.Select(row =>
            {
                var self = claims[Text(row, "id")!];
                var node = Figure(self);
                node["disagreesWith"] = Array(Items(row.GetProperty("others")).Select(o => claims[o.GetString()!])
                    .Where(other => Relation(self, other)?.Kind == ClaimRelationKind.Disagrees)
                    .Select(Figure));
                return new JsonObject { ["node"] = node };
            })),
        };
    }

    private static ClaimRelation? Relation(JsonElement self, JsonElement other)
    {
        var events = Items(self.GetProperty("about")).Concat(Items(other.GetProperty("about")))
            .Where(a => a.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.True).Select(a => Text(a, "id")!).ToHashSet(StringComparer.Ordinal);
        var (a, b) = (Definition(self), Definition(other));
        var oneTime = ClaimRelations.IsOneTimeEvent(a, events.Contains) || ClaimRelations.IsOneTimeEvent(b, events.Contains);
        return ClaimRelations.Between(a, b, oneTime);
    }

    private static JsonObject Events(CypherResult result, int first)
    {
        var total = result.Rows.Count == 0 ? 0 : result.Rows[0].GetInt64("totalCount");
        return new JsonObject
        {
            ["totalCount"] = total,
            ["pageInfo"] = new JsonObject { ["hasNextPage"] = total > first, ["endCursor"] = result.Rows.Count == 0 ? null : AnswerComparison.OpaqueCursor },
            // The evidence's aggregations do not keep the page's order: each row carries its place, i.
            ["edges"] = Array(result.Rows.OrderBy(r => r.GetInt64("i")).Select(r =>
            {
                var node = r["node"];
                var facts = Facts.Settle(node, r["evidence"], asOf: null);
                return new JsonObject
                {
                    ["node"] = Pick(node, "id", "name")
                        .With("date", facts.FirstOrDefault(f => f.Name == FactRules.Date)?.Value)
                        .With("place", facts.FirstOrDefault(f => f.Name == FactRules.Place) is { Value: { } place }
                            ? Items(node.GetProperty("places")).Where(p => Text(p, "id") == place).Select(p => Pick(p, "name")).FirstOrDefault()
                            : null),
                };
            })),
        };
    }

    private static JsonObject? TreatyInForce(CypherResult result)
    {
        if (result.Rows.Count == 0)
        {
            return null;
        }

        var node = result.Rows[0]["node"];
        var evidence = result.Rows[0]["evidence"];
        var facts = Facts.Settle(node, evidence, asOf: null);
        var claims = Facts.Claims(evidence);
        string? Value(string name) => facts.FirstOrDefault(f => f.Name == name) is { } fact ? fact.Value : Text(node, name);
        JsonObject Supporting(string id) => new()
        {
            ["statement"] = Text(claims[id].Claim, "statement"),
            ["independentOrigins"] = Array(claims[id].Origins(null).Select(o => Pick(o, "name"))),
            ["reportedIn"] = Array(claims[id].Articles(null).Select(a => Pick(a, "title", "publishedOn"))),
        };
        JsonObject Contesting(string id) => new()
        {
            ["statement"] = Text(claims[id].Claim, "statement"),
            ["independentOrigins"] = Array(claims[id].Origins(null).Select(o => Pick(o, "name"))),
        };

        return new JsonObject
        {
            ["name"] = Text(node, "name") ?? Text(node, "id"),
            ["signedOn"] = Value(FactRules.SignedOn),
            ["inForceOn"] = Value(FactRules.InForceOn),
            ["ratifications"] = Array(Items(node.GetProperty("ratifications")).Select(r => new JsonObject
            {
                ["on"] = (facts.FirstOrDefault(f => f.Name == FactRules.RatifiedOn(Text(r, "id")!))?.Value) ?? Text(r, "on"),
                ["entity"] = Pick(r, "name"),
            })),
            ["facts"] = Array(facts.Select(f => new JsonObject
            {
                ["name"] = f.Name,
                ["value"] = f.Value,
                ["precision"] = f.Precision,
                ["status"] = Status(f.Status),
                ["supportedBy"] = Array(f.SupportedBy.Select(Supporting)),
                ["contestedBy"] = Array(f.ContestedBy.Select(Contesting)),
            })),
        };
    }

    /// <summary>What the API's <c>changes</c> lists, from the window's reports and the evidence of the things they are about, settled as of both days.</summary>
    private static JsonArray Changes(CypherResult reports, CypherResult things, string from, string to)
    {
        var rows = reports.Rows
            .Select(r => (Report: r["report"], Article: r["article"], Claim: r["claim"], First: r.GetNullableString("first")))
            .OrderBy(r => Text(r.Article, "publishedOn"), StringComparer.Ordinal)
            .ThenBy(r => Text(r.Article, "published"), StringComparer.Ordinal)
            .ThenBy(r => Text(r.Article, "id"), StringComparer.Ordinal)
            .ThenBy(r => Number(r.Report, "position"))
            .ToList();
        var changes = new List<(string PublishedOn, JsonObject Change)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var windowArticles = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        JsonObject ArticleOf(JsonElement a) => Article(a, "title", "publishedOn").With("publisher", Publisher(a, "name"));
        foreach (var row in rows)
        {
            var claimId = Text(row.Claim, "id")!;
            var isNew = string.CompareOrdinal(row.First, from) > 0 && seen.Add(claimId);
            changes.Add((Text(row.Article, "publishedOn")!, new JsonObject
            {
                ["kind"] = isNew ? "NEW_CLAIM" : "NEW_REPORT",
                ["article"] = ArticleOf(row.Article),
                ["claim"] = Pick(row.Claim, "statement"),
                ["report"] = Pick(row.Report, "quote").With("originatedBy", Array(Originators(row.Report).Select(o => Pick(o, "name")))),
                ["thing"] = null,
                ["fact"] = null,
                ["before"] = null,
            }));
            windowArticles.TryAdd(claimId, row.Article);
        }

        foreach (var row in things.Rows)
        {
            var thing = row["thing"];
            var before = Facts.Settle(thing, row["evidence"], from);
            foreach (var fact in Facts.Settle(thing, row["evidence"], to))
            {
                var earlier = before.FirstOrDefault(f => f.Name == fact.Name);
                if (earlier is not null && earlier.Value == fact.Value && earlier.Status == fact.Status)
                {
                    continue;
                }

                var brought = fact.SupportedBy.Concat(fact.ContestedBy)
                    .Where(windowArticles.ContainsKey)
                    .Select(id => windowArticles[id])
                    .OrderBy(a => Text(a, "publishedOn"), StringComparer.Ordinal)
                    .ToList();
                if (brought.Count > 0)
                {
                    changes.Add((Text(brought[0], "publishedOn")!, new JsonObject
                    {
                        ["kind"] = "FACT_CHANGED",
                        ["article"] = ArticleOf(brought[0]),
                        ["claim"] = null,
                        ["report"] = null,
                        ["thing"] = Pick(thing, "id", "name"),
                        ["fact"] = new JsonObject { ["name"] = fact.Name, ["value"] = fact.Value, ["status"] = Status(fact.Status) },
                        ["before"] = earlier is null ? null : new JsonObject { ["value"] = earlier.Value, ["status"] = Status(earlier.Status) },
                    }));
                }
            }
        }

        return Array(changes.Select((c, i) => (c, i)).OrderBy(x => x.c.PublishedOn, StringComparer.Ordinal).ThenBy(x => x.i).Select(x => x.c.Change));
    }

    private static string Status(FactStatus status) => status switch
    {
        FactStatus.SingleSource => "SINGLE_SOURCE",
        var other => other.ToString().ToUpperInvariant(),
    };

    private static JsonObject Connection(CypherResult result, Func<JsonElement, JsonObject> node, bool totalCount)
    {
        var connection = new JsonObject();
        if (totalCount)
        {
            connection["totalCount"] = result.Rows.Count == 0 ? 0 : result.Rows[0].GetInt64("totalCount");
        }

        connection["edges"] = Array(result.Rows.Select(r => new JsonObject { ["node"] = node(r["claim"]) }));
        return connection;
    }

    private static JsonArray AboutOf(JsonElement claim) => Array(Items(claim.GetProperty("about")).Select(e => Pick(e, "id", "name")));

    private static JsonObject Article(JsonElement article, params string[] keys) => Pick(article, keys);

    private static JsonObject? Thing(CypherResult result, params string[] keys) =>
        result.Rows.Count == 0 ? null : Pick(result.Rows[0]["node"], keys).With("aliases", Aliases(result.Rows[0]["node"]));

    private static JsonArray Aliases(JsonElement thing) => Array(Items(thing.TryGetProperty("aliases", out var a) ? a : default).Select(x => JsonValue.Create(x.GetString())));

    /// <summary>The nodes (the one asked about first, then its neighbours, each once) and the distinct edges, captioned as the graph view draws them.</summary>
    private static JsonObject Neighbourhood(CypherResult result)
    {
        if (result.Rows.Count == 0)
        {
            return new JsonObject { ["nodes"] = new JsonArray(), ["edges"] = new JsonArray() };
        }

        var row = result.Rows[0];
        var nodes = new[] { row["center"] }.Concat(Items(row["nodes"])).DistinctBy(n => Text(n, "id"));
        return new JsonObject
        {
            ["nodes"] = Array(nodes.Select(n => new JsonObject { ["id"] = Text(n, "id"), ["kind"] = Kind(n), ["caption"] = Caption(n) })),
            ["edges"] = Array(Items(row["edges"]).Select(e => (Text(e, "source"), Text(e, "target"), Text(e, "type"))).Distinct()
                .Select(e => new JsonObject { ["source"] = e.Item1, ["target"] = e.Item2, ["type"] = e.Item3 })),
        };
    }

    private static readonly string[] Kinds =
        [Labels.Person, Labels.Country, Labels.Organization, Labels.Place, Labels.Treaty, Labels.Deployment, Labels.Event, Labels.Claim, Labels.Report, Labels.Article];

    private static string Kind(JsonElement node)
    {
        var labels = Items(node.GetProperty("labels")).Select(l => l.GetString()!).ToList();
        return Kinds.FirstOrDefault(labels.Contains) ?? labels.FirstOrDefault() ?? string.Empty;
    }

    private static string Caption(JsonElement node)
    {
        const int max = 120;
        var caption = Text(node, "name") ?? Text(node, "statement") ?? Text(node, "title") ?? Text(node, "quote") ?? Text(node, "id") ?? string.Empty;
        return caption.Length > max ? caption[..(max - 1)] + "…" : caption;
    }

    private static HandWritten One(string name, string text, Dictionary<string, object?> parameters, Func<CypherResult, JsonObject> answer) =>
        new([Statement(name, text, parameters)], results => answer(results[0]));

    private static HandWritten Many(IReadOnlyList<Cypher> statements, Func<IReadOnlyList<CypherResult>, JsonObject> answer) => new(statements, answer);

    private static Cypher Statement(string name, string text, Dictionary<string, object?> parameters) =>
        new("Bench" + name, text, parameters) { Idempotent = true };

    private static Dictionary<string, object?> P(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    private static string? Text(JsonElement variables, string name) => Shapes.Text(variables, name);

    private static JsonObject With(this JsonObject map, string key, JsonNode? value)
    {
        map[key] = value;
        return map;
    }
}
