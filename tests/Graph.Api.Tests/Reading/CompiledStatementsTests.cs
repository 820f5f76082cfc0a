using Graph.Api.Reading;
using Graph.Api.Tests.Support;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Api.Tests.Reading;

/// <summary>
/// The compiled statements are kept like prepared statements (<see cref="CompiledStatements"/>): a second identical request
/// compiles nothing, a request whose variables change what the compiler writes compiles its own, and the verification
/// mode (which scripts/test.sh turns on for the whole suite) catches a key that leaves out something the compiler reads.
/// </summary>
public sealed class CompiledStatementsTests
{
    private const string Claims = "query KeptClaims { claims(first: 2) { edges { node { statement about { id } reports { how } } } } }";
    private const string Included = "query KeptIncluded($with: Boolean!) { claims(first: 2) { edges { node { statement about @include(if: $with) { id } } } } }";

    [Fact]
    public async Task A_second_identical_request_compiles_nothing()
    {
        await using var factory = await KeptApiFactory.StartAsync(new CompiledStatements(capacity: 8, verify: false));
        using var client = factory.CreateGraphQLClient();

        var first = await client.PostAsync(Claims);
        var compiled = factory.Statements.Compiles;
        var second = await client.PostAsync(Claims);

        Assert.True(first.Errors.Count == 0, first.ToString());
        Assert.Equal(1, compiled);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(1, factory.Statements.Compiles);
        Assert.Equal(1, factory.Statements.Hits);
    }

    [Fact]
    public async Task Variables_that_change_the_statement_compile_their_own_and_asking_again_takes_it()
    {
        await using var factory = await KeptApiFactory.StartAsync(new CompiledStatements(capacity: 8, verify: true));
        using var client = factory.CreateGraphQLClient();

        var with = await client.PostAsync(Included, new { with = true });
        var without = await client.PostAsync(Included, new { with = false });
        var withAgain = await client.PostAsync(Included, new { with = true });

        Assert.True(with.Errors.Count == 0 && without.Errors.Count == 0 && withAgain.Errors.Count == 0, with + "\n" + without + "\n" + withAgain);
        Assert.Equal(2, factory.Statements.Count);
        Assert.Equal(1, factory.Statements.Hits);
        Assert.Equal(with.Text, withAgain.Text);
    }

    [Fact]
    public async Task Verification_catches_a_key_that_leaves_out_what_the_compiler_reads()
    {
        await using var factory = await KeptApiFactory.StartAsync(new CompiledStatements(capacity: 8, verify: true) { KeyOmitsVariables = true });
        using var client = factory.CreateGraphQLClient();

        var with = await client.PostAsync(Included, new { with = true });
        var without = await client.PostAsync(Included, new { with = false });

        Assert.True(with.Errors.Count == 0, with.ToString());
        Assert.Equal(["INTERNAL_SERVER_ERROR"], without.Codes);
        Assert.Equal(1, factory.Statements.Hits);
    }

    [Fact]
    public async Task At_most_the_configured_number_of_statements_are_kept()
    {
        await using var factory = await KeptApiFactory.StartAsync(new CompiledStatements(capacity: 2, verify: true));
        using var client = factory.CreateGraphQLClient();

        foreach (var size in new[] { 1, 2, 3 })
        {
            var response = await client.PostAsync($"query KeptSize{size} {{ claims(first: {size}) {{ edges {{ node {{ statement }} }} }} }}");
            Assert.True(response.Errors.Count == 0, response.ToString());
        }

        Assert.Equal(2, factory.Statements.Count);
        Assert.Equal(3, factory.Statements.Compiles);
    }

    [Fact]
    public async Task With_no_room_every_request_compiles()
    {
        await using var factory = await KeptApiFactory.StartAsync(new CompiledStatements(capacity: 0, verify: false));
        using var client = factory.CreateGraphQLClient();

        await client.PostAsync(Claims);
        await client.PostAsync(Claims);

        Assert.Equal(0, factory.Statements.Count);
        Assert.Equal(2, factory.Statements.Compiles);
    }

    [Fact]
    public void The_variables_below_a_field_are_found_through_fragments_directives_lists_and_input_objects()
    {
        var document = Parser.Parse("""
            query Q($root: ID, $a: Int, $b: Boolean!, $c: String, $d: String, $e: Boolean!, $unused: Int) {
              claims(attributedTo: $root) { edges { node { ...F about @skip(if: $b) { id } } } }
              other: claims(first: $unused) { totalCount }
            }
            fragment F on Claim { reports(first: $a) { how } ... on Claim @include(if: $e) { thing(keys: [$c], where: {x: $d}) } }
            """);
        var claims = (GraphQLField)document.Definitions.OfType<GraphQLOperationDefinition>().Single().SelectionSet.Selections[0];

        Assert.Equal(["a", "b", "c", "d", "e"], SelectionVariables.Below(claims, document));
    }

    [Fact]
    public void Values_of_different_types_or_shapes_have_different_keys()
    {
        object?[] values = [null, "1", 1, 1L, 1.0, true, "true", new object?[] { "a", "b" }, new object?[] { "a,b" }, new object?[] { "ab" },
            new Dictionary<string, object?> { ["a"] = "b" }, new Dictionary<string, object?> { ["ab"] = null }, ""];
        var keys = values.Select(ValueKey.Of).ToList();

        Assert.DoesNotContain(null, keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Null(ValueKey.Of(new object()));
    }

    private sealed class KeptApiFactory(CompiledStatements statements) : ApiFactory
    {
        public CompiledStatements Statements => statements;

        public static async Task<KeptApiFactory> StartAsync(CompiledStatements statements)
        {
            var factory = new KeptApiFactory(statements);
            await factory.InitializeAsync();
            return factory;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(statements));
        }
    }
}
