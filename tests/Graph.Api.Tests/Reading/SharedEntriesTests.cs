using Graph.Api.Reading;
using Xunit;

namespace Graph.Api.Tests.Reading;

/// <summary>
/// An entry several fields of a node share is compiled once, by the first field that names it: a thing's fact
/// evidence, with the claims its facts show, is read by its signedOn, inForceOn, ratifications and facts.
/// </summary>
public sealed class SharedEntriesTests
{
    [Fact]
    public void A_shared_entry_is_compiled_by_the_first_field_that_names_it_only()
    {
        var shared = new SharedEntries();
        var compiled = 0;
        string Evidence() => $"evidence {++compiled}";

        shared.Add("evidence $p0", Evidence);
        shared.Add("evidence $p0", Evidence);
        shared.Add("evidence $p1", Evidence);

        Assert.Equal(2, compiled);
        Assert.Equal(["evidence $p0=evidence 1", "evidence $p1=evidence 2"], shared.Compiled().Select(e => $"{e.Key}={e.Value}"));
    }
}
