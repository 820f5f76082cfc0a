using Graph.Import;
using GraphQL.Types;

namespace Graph.Api.Imports;

/// <summary>One row of an <see cref="ImportSummary"/>: what happened to the nodes of one kind.</summary>
public sealed class KindChangesType : ObjectGraphType<(string Kind, ImportSummary Summary)>
{
    public KindChangesType()
    {
        Name = "KindChanges";
        Description = "What an import did to the nodes of one kind.";
        Field<NonNullGraphType<StringGraphType>>("kind").Description("The node label: Article, Claim, Report, Country, Event ...").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("created").Description("Nodes that were not there before.").Resolve(c => c.Source.Summary.Count(c.Source.Kind, ChangeKind.Created));
        Field<NonNullGraphType<IntGraphType>>("updated").Description("Nodes whose content changed.").Resolve(c => c.Source.Summary.Count(c.Source.Kind, ChangeKind.Updated));
        Field<NonNullGraphType<IntGraphType>>("unchanged").Description("Nodes already exactly so.").Resolve(c => c.Source.Summary.Count(c.Source.Kind, ChangeKind.Unchanged));
        Field<NonNullGraphType<IntGraphType>>("removed").Description("Nodes removed: reports and claims the article no longer makes, inline things nobody uses any more.").Resolve(c => c.Source.Summary.Count(c.Source.Kind, ChangeKind.Removed));
    }
}
