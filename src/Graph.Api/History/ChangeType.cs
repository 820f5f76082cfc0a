using Graph.Api.Articles;
using Graph.Api.Claims;
using Graph.Api.Entities;
using Graph.Api.Facts;
using Graph.Api.Loading;
using GraphQL.Types;

namespace Graph.Api.History;

public sealed class ChangeType : ObjectGraphType<ChangeRecord>
{
    public ChangeType()
    {
        Name = "Change";
        Description = "One thing that became known between two days, with the article that brought it.";
        Field<NonNullGraphType<ChangeKindType>>("kind").Description("A new claim, a new report of a claim, or a changed fact.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ArticleType>>("article").Description("The article that brought it (for a changed fact: the earliest article of the window reporting a claim behind it).").Resolve(c => c.Source.Article);
        Field<ClaimType>("claim").Description("The claim, for NEW_CLAIM and NEW_REPORT.").Resolve(c => c.Source.Claim);
        Field<ReportType>("report").Description("The report, for NEW_CLAIM (its first report) and NEW_REPORT.")
            .Resolve(c => c.Source.Report is { } report
                ? ReportRecord.Fetched(report)
                : c.Source.ReportId is { } id ? c.Loaders().Load(ClaimCypher.ReportsById, id).Then(r => r.Count > 0 ? r[0] : null) : null);
        Field<EntityInterface>("thing").Description("The thing whose fact changed, for FACT_CHANGED.").Resolve(c => c.Source.Thing);
        Field<FactType>("fact").Description("The fact as known at the end of `to`, for FACT_CHANGED.").Resolve(c => c.Source.Fact);
        Field<FactType>("before").Description("The fact as known at the end of `from`; null when it was not known then.").Resolve(c => c.Source.Before);
    }
}
