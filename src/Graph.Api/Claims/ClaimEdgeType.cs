using Graph.Api.Paging;

namespace Graph.Api.Claims;

public sealed class ClaimEdgeType() : EdgeGraphType<ClaimType>("ClaimEdge", "claim", "claims");
