using Graph.Api.Nodes;
using Graph.Knowledge.Claims;

namespace Graph.Api.Claims;

public sealed record ClaimRelationRecord(ClaimRelationKind Kind, NodeRecord Claim, string Reason);
