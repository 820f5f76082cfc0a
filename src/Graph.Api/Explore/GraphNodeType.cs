using GraphQL.Types;

namespace Graph.Api.Explore;

public sealed class GraphNodeType : ObjectGraphType<GraphNode>
{
    public GraphNodeType()
    {
        Name = "GraphNode";
        Description = "A node to draw.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's id; `node(id:)` tells more about it.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("kind")
            .Description("Its label: Country, Person, Organization, Place, Treaty, Deployment, Event, Claim, Report or Article.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("caption").Description("What to write on it: a name, a claim's statement, an article's title, a report's quote.").Resolve(c => c.Source.Caption);
    }
}
