using Graph.Api.Paging;

namespace Graph.Api.Entities;

public sealed class EntityEdgeType() : EdgeGraphType<EntityInterface>("EntityEdge", "thing", "things");
