namespace Graph.Api.Tests.Support;

/// <summary>
/// Test classes that import an article of a seed publisher (Jatim Times) for a moment, and those that count that
/// publisher's articles in the graph: xUnit runs the classes of one collection one after another, not side by side.
/// </summary>
public static class SeedPublisherTests
{
    public const string Collection = "Articles of seed publishers";
}
