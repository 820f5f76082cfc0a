using Graph.Api.Loading;
using Graph.Api.Nodes;
using Graph.Neo4j.Client;
using GraphQL;
using GraphQL.DataLoader;

namespace Graph.Api.Reading;

/// <summary>
/// Root fields that answer a list of nodes: their statement's rows of <c>variable</c> (in order) are
/// collected, then each is projected as the root field's compiled selection, and the statement goes
/// with the operation's other root fields in one request (<see cref="ReadBatch"/>).
/// </summary>
public static class RootStatement
{
    /// <summary>
    /// Runs <paramref name="statement"/> with its final <paramref name="returnClause"/> (which returns each
    /// <paramref name="variable"/> as a map) replaced by the compiled selection of the root field.
    /// Collected first, then projected: Neo4j 3.1 answers null for pattern comprehensions evaluated after a
    /// multi-key ORDER BY, not over a collected list (whose order is the rows' order).
    /// </summary>
    public static IDataLoaderResult<List<NodeRecord>> Nodes(IResolveFieldContext context, Cypher statement, string returnClause, string variable, string? asOf)
    {
        var compiled = CompiledStatements.Of(context).Compile(context, asOf, (statement.Name, statement.Text, returnClause, variable), static (compiler, given) =>
        {
            var (name, text, returnClause, variable) = given;
            var at = text.LastIndexOf(returnClause, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"{name} does not end with {returnClause}.");
            }

            var item = compiler.Variable();
            return string.Concat(text.AsSpan(0, at),
                $"WITH collect({variable}) AS items\nRETURN [{item} IN items | {compiler.RootMap(item)}] AS nodes",
                text.AsSpan(at + returnClause.Length));
        });
        var parameters = new Dictionary<string, object?>(statement.Parameters);
        foreach (var (name, value) in compiled.Parameters)
        {
            parameters[name] = value;
        }

        return ReadBatch.Of(context).Run(statement with { Text = compiled.Text, Parameters = parameters, Idempotent = true })
            .Then(result => NodeRecord.List(result.Rows[0]["nodes"]).ToList());
    }
}
