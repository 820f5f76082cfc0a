namespace Graph.Api.Tests.Support;

/// <summary>The API with no import key configured: read-only.</summary>
public sealed class ReadOnlyFactory : ApiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();
}
