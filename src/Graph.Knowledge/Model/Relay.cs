namespace Graph.Knowledge.Model;

/// <summary>One link of a report chain between the originator and the article, e.g. NTV.</summary>
public sealed record Relay(string EntityId, RelayMode How);
