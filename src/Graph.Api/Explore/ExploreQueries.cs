using Graph.Api.Entities;
using Graph.Api.History;
using Graph.Api.Nodes;
using Graph.Api.Paging;
using Graph.Knowledge.Model;
using Graph.Neo4j.Client;
using Graph.Api.Loading;
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
            .ResolveAsync(async c => await NeighbourhoodAsync(c));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventType>>>>("timeline")
            .Description("Dated events involving a thing (it took part, it happened there, it concerns it or its treaties and deployments), in date order.")
            .Argument<NonNullGraphType<IdGraphType>>("involving", "The thing whose events to list.")
            .Argument<StringGraphType>("from", "Only events on or after this ISO-8601 date (`2024`, `2024-06`, `2024-06-19`); dates are compared at their own precision.")
            .Argument<StringGraphType>("to", "Only events on or before this ISO-8601 date.")
            .WithAsOf()
            .ResolveAsync(async c => await TimelineAsync(c));

        query.Field<GraphPathType>("path")
            .Description("How two things are connected: the shortest chain of ties (at most 4 steps), with the claims behind each step; null when none is that short.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Where to start.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "Where to arrive.")
            .ResolveAsync(async c => await PathAsync(c));
    }

    private static async Task<object?> NeighbourhoodAsync(IResolveFieldContext context)
    {
        var asOf = AsOf.Of(context);
        if (await NodeQueries.FindAsync(context.Neo4j(), context.GetArgument<string>("id"), context.CancellationToken) is not { } found)
        {
            return GraphView.Empty;
        }

        var label = found.IsEntity ? Labels.Entity : found.Kind;
        var parameters = new Dictionary<string, object?> { ["id"] = found.Id, ["limit"] = context.GetArgument("limit", 100), ["asOf"] = asOf };
        var result = await context.Neo4j().RunAsync(new Cypher($"Neighbourhood{label}", ExploreCypher.NeighbourhoodByLabel[label], parameters) { Idempotent = true }, context.CancellationToken);
        if (result.Rows.Count == 0)
        {
            return GraphView.Empty;
        }

        var row = result.Rows[0];
        var nodes = new List<NodeRecord> { NodeRecord.From(row["center"]) };
        nodes.AddRange(NodeRecord.List(row["nodes"]));
        var edges = row["edges"].EnumerateArray()
            .Select(e => new GraphEdge(e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, e.GetProperty("type").GetString()!))
            .Distinct()
            .ToList();
        return new GraphView([.. nodes.DistinctBy(n => n.Id).Select(ToGraphNode)], edges);
    }

    private static async Task<object?> TimelineAsync(IResolveFieldContext context)
    {
        var from = PageArguments.Date(context, "from");
        var to = PageArguments.Date(context, "to");
        var parameters = new Dictionary<string, object?> { ["involving"] = context.GetArgument<string>("involving"), ["from"] = from, ["to"] = to, ["asOf"] = AsOf.Of(context) };
        var result = await context.Neo4j().RunAsync(new Cypher("Timeline", ExploreCypher.Timeline, parameters) { Idempotent = true }, context.CancellationToken);
        return result.Map(row => NodeRecord.From(row["node"]));
    }

    private static async Task<object?> PathAsync(IResolveFieldContext context)
    {
        var from = context.GetArgument<string>("from");
        var to = context.GetArgument<string>("to");
        var parameters = new Dictionary<string, object?> { ["from"] = from, ["to"] = to };
        if (from == to)
        {
            return await NodeQueries.FindAsync(context.Neo4j(), from, context.CancellationToken) is { IsEntity: true } ? new GraphPath([]) : null;
        }

        var result = await context.Neo4j().RunAsync(new Cypher("Path", ExploreCypher.Path, parameters) { Idempotent = true }, context.CancellationToken);
        if (result.Rows.Count == 0)
        {
            return null;
        }

        return new GraphPath(result.Map(row => new PathHop(
            NodeRecord.From(row["fromNode"]),
            NodeRecord.From(row["toNode"]),
            row.GetString("type"),
            row.GetBoolean("forward"),
            row["properties"],
            NodeRecord.List(row["claims"]))));
    }

    private static GraphNode ToGraphNode(NodeRecord node)
    {
        var caption = node.Text("name") ?? node.Text("statement") ?? node.Text("title") ?? node.Text("quote") ?? node.Id;
        if (caption.Length > MaxCaption)
        {
            caption = caption[..(MaxCaption - 1)] + "…";
        }

        return new GraphNode(node.Id, node.Kind, caption);
    }
}
