using System.Text;
using Graph.Api.Tests.Support;
using Graph.Testing;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Api.Tests.Schema;

/// <summary>
/// schema/graph.graphql is the contract. When the served schema changes on purpose, regenerate the
/// file with <c>UPDATE_SCHEMA=1 dotnet test tests/Graph.Api.Tests --filter SchemaContract</c> and review the diff.
/// </summary>
public sealed class SchemaContractTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string ContractPath = Path.Combine(Neo4jServer.RepositoryRoot(), "schema", "graph.graphql");

    [Fact]
    public void The_served_schema_is_the_committed_contract()
    {
        var served = Print(factory.Services.GetRequiredService<ISchema>());
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(ContractPath, served);
        }

        var committed = File.Exists(ContractPath) ? File.ReadAllText(ContractPath).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(committed == served, "schema/graph.graphql differs from the served schema:\n" + Diff(committed, served));
    }

    [Fact]
    public void Every_type_and_field_has_a_description()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                missing.AddRange(complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{type.Name}.{f.Name}"));
                missing.AddRange(complex.Fields.SelectMany(f => f.Arguments ?? []).Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}(argument {a.Name})"));
            }
        }

        Assert.True(missing.Count == 0, "Missing descriptions: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("type Query {", "node(id: ID!, asOf: String): Node")]
    [InlineData("type Query {", "changes(from: String!, to: String!): [Change!]!")]
    [InlineData("interface Entity {", "id: ID!")]
    [InlineData("type Treaty implements Node & Entity {", "facts(asOf: String): [Fact!]!")]
    [InlineData("type Fact {", "status: FactStatus!")]
    [InlineData("type Fact {", "supportedBy: [Claim!]!")]
    [InlineData("type Fact {", "contestedBy: [Claim!]!")]
    [InlineData("type Query {", "search(text: String!, first: Int = 10")]
    [InlineData("type Query {", "claims(involving: ID, attributedTo: ID, reportedIn: ID")]
    [InlineData("type Query {", "neighbourhood(id: ID!, limit: Int = 100, asOf: String): GraphView!")]
    [InlineData("type Claim implements Node {", "reports: [Report!]!")]
    [InlineData("type Claim implements Node {", "disagreesWith: [Claim!]!")]
    [InlineData("type Claim implements Node {", "independentAsserters: Int!")]
    [InlineData("type GraphNode {", "caption: String!")]
    public void The_fixed_part_of_the_contract_is_there(string type, string field)
    {
        var served = factory.Services.GetRequiredService<ISchema>().Print(new PrintOptions { IncludeDescriptions = false });
        var start = served.IndexOf(type, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{type} is missing");
        var block = served[start..served.IndexOf("\n}", start, StringComparison.Ordinal)];
        Assert.Contains(field, block, StringComparison.Ordinal);
    }

    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var output = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(a.Length, b.Length) && shown < 40; i++)
        {
            var left = i < a.Length ? a[i] : null;
            var right = i < b.Length ? b[i] : null;
            if (left != right)
            {
                output.Append("line ").Append(i + 1).Append(":\n- ").Append(left ?? "(end)").Append("\n+ ").Append(right ?? "(end)").Append('\n');
                shown++;
            }
        }

        return output.ToString();
    }
}
