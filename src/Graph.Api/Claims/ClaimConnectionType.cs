using Graph.Api.Paging;

namespace Graph.Api.Claims;

public sealed class ClaimConnectionType() : ConnectionGraphType<ClaimEdgeType>("ClaimConnection", "claims");
