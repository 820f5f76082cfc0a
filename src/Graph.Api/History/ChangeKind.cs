namespace Graph.Api.History;

/// <summary>What became known: a claim no article had reported, another report of a known claim, or a fact whose value or status changed.</summary>
public enum ChangeKind
{
    NewClaim,
    NewReport,
    FactChanged,
}
