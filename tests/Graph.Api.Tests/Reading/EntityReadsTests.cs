using Graph.Api.Reading;
using Graph.Api.Tests.Support;
using Graph.Knowledge.Model;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Api.Tests.Reading;

/// <summary>
/// A node's map in a compiled statement carries only the properties its selected fields read when every one of
/// them says what it reads (<see cref="ProjectionExtensions.Reads{TSource, TReturn}"/>); one field that does not
/// makes the map fetch every property (<c>.*</c>): a page of events showing their date fetched every event's
/// search keys and text. So every field of every kind of thing says what it reads.
/// </summary>
public sealed class EntityReadsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Every_field_of_every_kind_of_thing_says_what_it_reads()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        string[] kinds = [Labels.Person, Labels.Country, Labels.Organization, Labels.Place, Labels.Treaty, Labels.Deployment, Labels.Event];
        var types = kinds.Select(k => Assert.IsAssignableFrom<IObjectGraphType>(schema.AllTypes[k])).ToList();

        var silent = types.SelectMany(t => t.Fields.Where(f => f.ReadsOf() is null).Select(f => $"{t.Name}.{f.Name}")).ToList();

        Assert.True(silent.Count == 0, "these fields do not say what they read: " + string.Join(", ", silent));
        Assert.Contains(types.Single(t => t.Name == Labels.Event).Fields, f => f.Name == "date" && f.ReadsOf() is { Count: 0 });
    }
}
