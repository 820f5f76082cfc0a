using Graph.Api.Articles;
using Graph.Import;
using GraphQL.Types;

namespace Graph.Api.Imports;

public sealed class ImportResultType : ObjectGraphType<ImportOutcome>
{
    public ImportResultType()
    {
        Name = "ImportResult";
        Description = "What an import or a retraction did to the graph, counted in nodes.";
        Field<NonNullGraphType<IdGraphType>>("articleId").Description("The article imported or retracted.").Resolve(c => c.Source.ArticleId);
        Field<ArticleType>("article").Description("The article as the graph now holds it; null once retracted, or after a dry run of an article not yet in the graph.").Resolve(c => c.Source.Article);
        Field<NonNullGraphType<BooleanGraphType>>("dryRun").Description("True when nothing was written: the counts say what would have changed.").Resolve(c => c.Source.DryRun);
        Field<NonNullGraphType<BooleanGraphType>>("changed").Description("False when the graph already said exactly this (a repeated import changes nothing).").Resolve(c => !c.Source.Summary.NothingChanged);
        Field<NonNullGraphType<IntGraphType>>("created").Description("Nodes created, all kinds together.").Resolve(c => c.Source.Summary.Total(ChangeKind.Created));
        Field<NonNullGraphType<IntGraphType>>("updated").Description("Nodes updated.").Resolve(c => c.Source.Summary.Total(ChangeKind.Updated));
        Field<NonNullGraphType<IntGraphType>>("unchanged").Description("Nodes left as they were.").Resolve(c => c.Source.Summary.Total(ChangeKind.Unchanged));
        Field<NonNullGraphType<IntGraphType>>("removed").Description("Nodes removed.").Resolve(c => c.Source.Summary.Total(ChangeKind.Removed));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindChangesType>>>>("changes").Description("The same counts per kind of node.")
            .Resolve(c => c.Source.Summary.Kinds.Select(k => (k, c.Source.Summary)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("disputedFacts")
            .Description("Facts of the things the article's claims are about that claims now dispute, as `thing fact: value, contested by n claim(s)` or `thing fact: no value settles between n claim(s)`: another value is added beside the first, never over it (see `Entity.facts`).")
            .Resolve(c => c.Source.Summary.DisputedFacts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportWarningType>>>>("warnings").Description("What was accepted but deserves a look.").Resolve(c => c.Source.Warnings);
    }
}
