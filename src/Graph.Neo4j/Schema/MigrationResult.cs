namespace Graph.Neo4j.Schema;

public sealed record MigrationResult(ServerInfo Server, int StatementsApplied);
