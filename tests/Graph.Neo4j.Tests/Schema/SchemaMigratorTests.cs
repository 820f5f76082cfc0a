using Graph.Neo4j.Client;
using Graph.Neo4j.Schema;
using Graph.Testing;
using Xunit;

namespace Graph.Neo4j.Tests.Schema;

public sealed class SchemaMigratorTests(Neo4jFixture neo4j) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public async Task Running_the_migrator_twice_changes_nothing()
    {
        await new SchemaMigrator(neo4j.Client).MigrateAsync();
        var before = await DescribeSchemaAsync();

        var result = await new SchemaMigrator(neo4j.Client).MigrateAsync();

        Assert.Equal(before, await DescribeSchemaAsync());
        Assert.Equal(SchemaMigrator.Statements.Count, result.StatementsApplied);
    }

    [Fact]
    public async Task Every_node_label_has_a_uniqueness_constraint_on_id()
    {
        var schema = string.Join("\n", await DescribeSchemaAsync());

        foreach (var label in new[] { "Entity", "Person", "Country", "Organization", "Place", "Treaty", "Deployment", "Event", "Claim", "Report", "Article" })
        {
            Assert.Contains($":{label}", schema, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Schema_statements_translate_to_the_neo4j_3_forms()
    {
        Assert.Equal("CREATE CONSTRAINT ON (n:Country) ASSERT n.id IS UNIQUE",
            SchemaDialect.ToNeo4j3("CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE"));
        Assert.Equal("CREATE INDEX ON :Event(date)",
            SchemaDialect.ToNeo4j3("CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)"));
        Assert.Equal("CREATE INDEX ON :Claim(statementLower)",
            SchemaDialect.ToNeo4j3("CREATE TEXT INDEX claim_statement_lower IF NOT EXISTS FOR (n:Claim) ON (n.statementLower)"));
        Assert.Throws<NotSupportedException>(() => SchemaDialect.ToNeo4j3("CREATE FULLTEXT INDEX names FOR (n:Entity) ON EACH [n.name]"));
    }

    [Fact]
    public void The_schema_files_are_embedded_and_parsed()
    {
        Assert.Contains(SchemaMigrator.Statements, s => s.Name == "entity_id");
        Assert.Contains(SchemaMigrator.Statements, s => s.Name == "claim_statement_lower");
        Assert.Contains(SchemaMigrator.Statements, s => s.Name == "claim_key" && s.Text.Contains("(n.key)", StringComparison.Ordinal));
        Assert.All(SchemaMigrator.Statements, s => Assert.DoesNotContain(";", s.Text, StringComparison.Ordinal));
    }

    /// <summary>The constraints and indexes, one line each, in a stable order.</summary>
    private async Task<List<string>> DescribeSchemaAsync()
    {
        // Neo4j 3 lists them through procedures; Neo4j 5 through SHOW.
        var statements = neo4j.Server.Major >= 4
            ? new[]
            {
                new Cypher("ListConstraints", "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name + ' :' + labelsOrTypes[0] + '(' + properties[0] + ')' AS line"),
                new Cypher("ListIndexes", "SHOW INDEXES YIELD name, labelsOrTypes, properties RETURN name + ' :' + coalesce(labelsOrTypes[0], '') + '(' + coalesce(properties[0], '') + ')' AS line"),
            }
            : new[]
            {
                new Cypher("ListConstraints", "CALL db.constraints() YIELD description RETURN description AS line"),
                new Cypher("ListIndexes", "CALL db.indexes() YIELD description RETURN description AS line"),
            };
        var results = await neo4j.Client.RunAsync(statements);
        return results.SelectMany(r => r.Rows.Select(row => row.GetString("line"))).Order(StringComparer.Ordinal).ToList();
    }
}
