using Graph.Api.Tests.Support;
using Xunit;

namespace Graph.Api.Tests.Http;

/// <summary>
/// The API keeps a query text it parsed and skips the standard validation rules for an operation that passed them
/// before; everything that depends on the request is still checked on every request with the same text: variable
/// types, page sizes and cost from variables, queries only over GET, the import key.
/// </summary>
public sealed class ValidatedDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_same_text_with_other_variables_is_checked_again()
    {
        const string query = "query ValidatedPage($n: Int) { claims(first: $n) { totalCount } }";
        using var client = factory.CreateGraphQLClient();

        for (var i = 0; i < 2; i++)
        {
            var ok = await client.PostAsync(query, new { n = 2 });
            Assert.Empty(ok.Errors);
            Assert.NotNull(ok.Data?["claims"]?["totalCount"]);
        }

        var before = factory.AppClient.RoundTrips;
        var tooLarge = await client.PostAsync(query, new { n = 1000 });
        Assert.Equal(["PAGE_SIZE_TOO_LARGE"], tooLarge.Codes);

        var notAnInt = await client.PostAsync(query, new { n = "two" });
        Assert.NotEmpty(notAnInt.Errors);
        Assert.Null(notAnInt.Data?["claims"]);
        Assert.Equal(before, factory.AppClient.RoundTrips);
    }

    [Fact]
    public async Task A_text_that_failed_validation_fails_again()
    {
        const string query = "query NoSuchField { claims(first: 2) { totalCount noSuchField } }";
        using var client = factory.CreateGraphQLClient();

        for (var i = 0; i < 2; i++)
        {
            var response = await client.PostAsync(query);
            Assert.NotEmpty(response.Errors);
            Assert.Contains("noSuchField", response.Errors.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_validated_mutation_text_is_still_refused_over_get_and_without_the_import_key()
    {
        const string mutation = "mutation ValidatedRetract { retractArticle(id: \"no-such-article\") { removed } }";
        using var client = factory.CreateGraphQLClient();
        var withKey = await client.PostAsync(mutation, importKey: ApiFactory.ImportKey);
        var overGet = await client.GetAsync(mutation);
        var withoutKey = await client.PostAsync(mutation);

        Assert.DoesNotContain("METHOD_NOT_ALLOWED", withKey.Codes);
        Assert.DoesNotContain("FORBIDDEN", withKey.Codes);
        Assert.Contains("METHOD_NOT_ALLOWED", overGet.Codes);
        Assert.Contains("FORBIDDEN", withoutKey.Codes);
    }
}
