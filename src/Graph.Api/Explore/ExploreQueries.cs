using System.Text.Json;
using Graph.Api.Entities;
using Graph.Api.History;
using Graph.Api.Nodes;
using Graph.Api.Paging;
using Graph.Knowledge.Model;
using Graph.Neo4j.Client;
using Graph.Api.Loading;
using Graph.Api.Reading;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Explore;

/// <summary><c>neighbourhood</c>, <c>timeline</c> and <c>path</c>: the questions of how things hang together.</summary>
public static class ExploreQueries
{
    private const int MaxCaption = 120;

    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<GraphViewType>>("neighbourhood")
            .Description("A node and what is directly connected to it, ready to draw; empty when there is no such node.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node in the middle.")
            .Argument<IntGraphType>("limit", "At most this many relationships from it (at most 100).", a => a.DefaultValue = 100)
            .WithAsOf()
            .Resolve(Neighbourhood);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventType>>>>("timeline")
            .Description("Dated events involving a thing (it took part, it happened there, it concerns it or its treaties and deployments), in date order.")
            .Argument<NonNullGraphType<IdGraphType>>("involving", "The thing whose events to list.")
            .Argument<StringGraphType>("from", "Only events on or after this ISO-8601 date (`2024`, `2024-06`, `2024-06-19`); dates are compared at their own precision.")
            .Argument<StringGraphType>("to", "Only events on or before this ISO-8601 date.")
            .WithAsOf()
            .Resolve(Timeline);

        query.Field<GraphPathType>("path")
            .Description("How two things are connected: the shortest chain of ties (at most 4 steps), with the claims behind each step; null when none is that short.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Where to start.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "Where to arrive.")
            .Resolve(Path);
    }

    // Each root answers from one statement that goes with the operation's other root fields in one
    // request (ReadBatch): the resolvers register it and return the result unawaited.
    private static object? Neighbourhood(IResolveFieldContext context)
    {
        var parameters = new Dictionary<string, object?> { ["id"] = context.GetArgument<string>("id"), ["limit"] = context.GetArgument("limit", 100), ["asOf"] = AsOf.Of(context) };
        return ReadBatch.Of(context).Run(new Cypher("Neighbourhood", ExploreCypher.Neighbourhood(parameters["asOf"] is not null), parameters) { Idempotent = true }).Then(result =>
        {
            if (result.Rows.Count == 0)
            {
                return GraphView.Empty;
            }

            var row = result.Rows[0];
            var nodes = row["nodes"].EnumerateArray().Prepend(row["center"]).Select(ToGraphNode).DistinctBy(n => n.Id).ToList();
            var edges = row["edges"].EnumerateArray()
                .Select(e => new GraphEdge(e[0].GetString()!, e[1].GetString()!, e[2].GetString()!))
                .Distinct()
                .ToList();
            return new GraphView(nodes, edges);
        });
    }

    private static object? Timeline(IResolveFieldContext context)
    {
        var asOf = AsOf.Of(context);
        var parameters = new Dictionary<string, object?> { ["involving"] = context.GetArgument<string>("involving"), ["from"] = PageArguments.Date(context, "from"), ["to"] = PageArguments.Date(context, "to"), ["asOf"] = asOf };
        return RootStatement.Nodes(context, new Cypher("Timeline", ExploreCypher.Timeline, parameters), ExploreCypher.TimelineReturn, "e", asOf);
    }

    private static object? Path(IResolveFieldContext context)
    {
        var from = context.GetArgument<string>("from");
        var to = context.GetArgument<string>("to");
        var parameters = new Dictionary<string, object?> { ["from"] = from, ["to"] = to };
        if (from == to)
        {
            return ReadBatch.Of(context).Run(new Cypher("PathThing", ExploreCypher.Thing, parameters) { Idempotent = true })
                .Then(result => result.Rows[0].GetInt64("found") > 0 ? new GraphPath([]) : null);
        }

        var compiled = CompiledStatements.Of(context).Compile(context, asOf: null, string.Empty, static (compiler, _) =>
            ExploreCypher.Path(compiler.RootMap("s", "hops", "from"), compiler.RootMap("t", "hops", "to"), compiler.RootMap("c", "hops", "claims")));
        foreach (var (name, value) in compiled.Parameters)
        {
            parameters[name] = value;
        }

        return ReadBatch.Of(context).Run(new Cypher("Path", compiled.Text, parameters) { Idempotent = true }).Then(result => result.Rows.Count == 0
            ? null
            : new GraphPath(result.Map(row => new PathHop(
                NodeRecord.From(row["fromNode"]),
                NodeRecord.From(row["toNode"]),
                row.GetString("type"),
                row.GetBoolean("forward"),
                row["properties"],
                NodeRecord.List(row["claims"])))));
    }

    /// <summary>A node as <see cref="ExploreCypher"/> draws it: <c>[id, labels, caption]</c>, the caption cut to <see cref="MaxCaption"/> characters.</summary>
    private static GraphNode ToGraphNode(JsonElement drawn)
    {
        var id = drawn[0].GetString()!;
        var caption = drawn[2].ValueKind == JsonValueKind.String ? drawn[2].GetString()! : id;
        if (caption.Length > MaxCaption)
        {
            caption = caption[..(MaxCaption - 1)] + "…";
        }

        return new GraphNode(id, NodeRecord.KindOf([.. drawn[1].EnumerateArray().Select(l => l.GetString()!)]), caption);
    }
}
