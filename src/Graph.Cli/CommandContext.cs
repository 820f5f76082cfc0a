using Graph.Neo4j;

namespace Graph.Cli;

/// <summary>What every command needs: where to write, and how to reach Neo4j (read only when a command needs it).</summary>
public sealed class CommandContext(TextWriter output, TextWriter errors, Func<Neo4jOptions> neo4j)
{
    private Neo4jOptions? _neo4j;

    public TextWriter Output { get; } = output;

    public TextWriter Errors { get; } = errors;

    public Neo4jOptions Neo4j() => _neo4j ??= neo4j();
}
