using Graph.Api.Paging;

namespace Graph.Api.Entities;

public sealed class EntityConnectionType() : ConnectionGraphType<EntityEdgeType>("EntityConnection", "things");
