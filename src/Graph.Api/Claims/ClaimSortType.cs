using GraphQL.Types;

namespace Graph.Api.Claims;

public sealed class ClaimSortType : EnumerationGraphType
{
    public const string EarliestFirst = "EARLIEST_REPORTED_FIRST";
    public const string LatestFirst = "LATEST_REPORTED_FIRST";

    public ClaimSortType()
    {
        Name = "ClaimSort";
        Description = "The order of a list of claims.";
        Add(EarliestFirst, EarliestFirst, "By the publication of the claim's earliest report, oldest first.");
        Add(LatestFirst, LatestFirst, "By the publication of the claim's earliest report, newest first.");
    }
}
