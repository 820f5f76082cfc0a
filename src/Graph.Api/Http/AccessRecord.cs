namespace Graph.Api.Http;

/// <summary>What the access line says about one GraphQL request, filled in as the request goes.</summary>
internal sealed class AccessRecord
{
    public string? Operation { get; set; }

    public IReadOnlyList<string> Codes { get; set; } = [];
}
