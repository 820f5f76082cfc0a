using Graph.Knowledge.Model;

namespace Graph.Knowledge.Seed.Parsed;

/// <summary>
/// A seed key that stands for a relationship (<c>from</c> on a deployment is <c>DEPLOYED_FROM</c>),
/// what the referenced thing may be, and which attributes an item may carry.
/// </summary>
public sealed record RelationKey(string Name, string Type, bool Incoming, IReadOnlyList<EntityKind> Targets, IReadOnlyList<string> Attributes);
