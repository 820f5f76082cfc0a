using System.Text.RegularExpressions;

namespace Graph.Neo4j.Schema;

/// <summary>
/// Translates our Neo4j 5 schema statements to the Neo4j 3.x forms. Only the shapes our schema uses
/// are known (a uniqueness constraint, a property index, a TEXT index, which Neo4j 3 has as a plain
/// index: that one answers CONTAINS there); anything else is refused rather than guessed at.
/// </summary>
public static partial class SchemaDialect
{
    public static string ToNeo4j3(string statement)
    {
        var text = statement.Trim();
        var constraint = UniqueConstraint().Match(text);
        if (constraint.Success)
        {
            // 3.x has no IF NOT EXISTS, but creating a constraint that already exists is a no-op there.
            var v = constraint.Groups["var"].Value;
            return $"CREATE CONSTRAINT ON ({v}:{constraint.Groups["label"].Value}) ASSERT {v}.{constraint.Groups["prop"].Value} IS UNIQUE";
        }

        var index = PropertyIndex().Match(text);
        if (index.Success)
        {
            return $"CREATE INDEX ON :{index.Groups["label"].Value}({index.Groups["prop"].Value})";
        }

        throw new NotSupportedException($"No Neo4j 3 form is known for the schema statement: {text}");
    }

    [GeneratedRegex(@"^CREATE\s+CONSTRAINT\s+\w+\s+IF\s+NOT\s+EXISTS\s+FOR\s+\((?<var>\w+):(?<label>\w+)\)\s+REQUIRE\s+\k<var>\.(?<prop>\w+)\s+IS\s+UNIQUE$", RegexOptions.IgnoreCase)]
    private static partial Regex UniqueConstraint();

    [GeneratedRegex(@"^CREATE\s+(?:TEXT\s+)?INDEX\s+\w+\s+IF\s+NOT\s+EXISTS\s+FOR\s+\((?<var>\w+):(?<label>\w+)\)\s+ON\s+\(\k<var>\.(?<prop>\w+)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex PropertyIndex();
}
