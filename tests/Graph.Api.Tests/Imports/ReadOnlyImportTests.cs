using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Imports;

/// <summary>With no import key configured the API is read-only: even a request carrying some key cannot import.</summary>
public sealed class ReadOnlyImportTests(ReadOnlyFactory factory) : IClassFixture<ReadOnlyFactory>
{
    [Fact]
    public async Task Every_mutation_is_refused_and_says_the_server_is_read_only()
    {
        var (input, id) = ImportArticleTests.Article();
        using var client = factory.CreateGraphQLClient();

        var import = await client.PostAsync("mutation($input: ArticleInput!) { importArticle(input: $input) { changed } }", new { input }, importKey: ApiFactory.ImportKey);
        var retract = await client.PostAsync("mutation { retractArticle(id: \"2024-11-12-jatimtimes-rusia-korea-utara-aliansi\") { changed } }", importKey: ApiFactory.ImportKey);

        Assert.Equal(["FORBIDDEN"], import.Codes);
        Assert.Equal(["FORBIDDEN"], retract.Codes);
        Assert.Contains("read-only", (string)import.Errors[0]!["message"]!, StringComparison.Ordinal);
        Assert.Null((await client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id })).Data!["node"]);
    }
}
