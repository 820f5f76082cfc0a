using Graph.Api.Http;
using Graph.Api.Limits;
using GraphQLParser.AST;
using Xunit;

namespace Graph.Api.Tests.Http;

/// <summary>
/// The parsed query texts the API keeps are bounded and least recently used go first: once the bound is reached, a new
/// text is still kept (it pushes the least recently used one out), and a text in use stays. A kept text is the same
/// document instance on the next request; a text parsed again is a new one.
/// </summary>
public sealed class QueryDocumentTests
{
    private static readonly ApiOptions Limits = new();

    [Fact]
    public void A_new_text_is_still_kept_after_the_bound_is_reached()
    {
        var documents = new QueryDocument(capacity: 3);
        var first = Texts(5).Select(t => Parse(documents, t)).ToList();

        Assert.Equal(3, documents.Count);
        Assert.Same(first[4], Parse(documents, Texts(5)[4]));
        Assert.Same(first[3], Parse(documents, Texts(5)[3]));
        Assert.NotSame(first[0], Parse(documents, Texts(5)[0]));
    }

    [Fact]
    public void The_least_recently_used_text_is_the_one_dropped()
    {
        var documents = new QueryDocument(capacity: 2);
        var (a, b, c) = ("{ a: __typename }", "{ b: __typename }", "{ c: __typename }");
        var keptA = Parse(documents, a);
        var keptB = Parse(documents, b);
        Assert.Same(keptA, Parse(documents, a));

        var keptC = Parse(documents, c);

        Assert.Equal(2, documents.Count);
        Assert.Same(keptA, Parse(documents, a));
        Assert.Same(keptC, Parse(documents, c));
        Assert.NotSame(keptB, Parse(documents, b));
    }

    [Fact]
    public void A_dropped_text_loses_its_validated_operations()
    {
        var documents = new QueryDocument(capacity: 1);
        const string text = "query Kept { __typename }";
        var kept = Parse(documents, text);
        documents.MarkValidated(kept, "Kept");
        documents.MarkValidated(kept, "NotInTheText");
        Assert.True(documents.WasValidated(kept, "Kept"));
        Assert.False(documents.WasValidated(kept, "NotInTheText"));
        Assert.False(documents.WasValidated(kept, null));

        Parse(documents, "query Other { __typename }");
        var again = Parse(documents, text);

        Assert.False(documents.WasValidated(kept, "Kept"));
        Assert.False(documents.WasValidated(again, "Kept"));
    }

    private static GraphQLDocument Parse(QueryDocument documents, string text)
    {
        var (document, refusal) = documents.Parse(text, Limits);
        Assert.Null(refusal);
        return document!;
    }

    private static List<string> Texts(int count) => [.. Enumerable.Range(0, count).Select(i => $"{{ t{i}: __typename }}")];
}
