using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Graph.Knowledge.Model;
using Graph.Knowledge.Seed;

namespace Graph.Api.Imports;

/// <summary>
/// Turns an <c>ArticleInput</c> into the text of an article file (JSON, which the seed reader reads as
/// YAML), so the mutation and the CLI share one reader and one set of rules. Input field names are
/// the seed keys; only enum values and aliases need translating.
/// </summary>
public static partial class ArticleInputText
{
    /// <summary>The name problems are reported under; their path then names the input field.</summary>
    public const string FileName = "input";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(IReadOnlyDictionary<string, object?> input) => Map(input).ToJsonString(Options);

    /// <summary>
    /// The input field a problem is about: <c>input.claims[0].about[2]</c>. Aliases, a map by language
    /// in the seed (<c>aliases.id[0]</c>), are a list in the input: the problem names the whole list.
    /// </summary>
    public static string FieldOf(SeedProblem problem) =>
        string.IsNullOrEmpty(problem.Path) ? FileName : $"{FileName}.{SeedAliasPath().Replace(problem.Path, ".aliases")}";

    private static JsonObject Map(IEnumerable<KeyValuePair<string, object?>> input)
    {
        var map = new JsonObject();
        foreach (var (key, value) in input)
        {
            if (value is null)
            {
                continue;
            }

            map[key] = key switch
            {
                "aliases" when value is IEnumerable<object?> list => Aliases(list),
                "kind" when value is string kind => kind.ToLowerInvariant(),
                _ => Node(value),
            };
        }

        return map;
    }

    private static JsonNode? Node(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag,
        int number => number,
        long number => number,
        double number => number,
        decimal number => number,
        QuantityQualifier qualifier => Tokens.Of(qualifier),
        IEnumerable<KeyValuePair<string, object?>> map => Map(map),
        IEnumerable<object?> list => new JsonArray([.. list.Select(Node)]),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary><c>[{language: id, names: [Korea Utara]}]</c> becomes the seed's <c>{id: [Korea Utara]}</c>.</summary>
    private static JsonObject Aliases(IEnumerable<object?> items)
    {
        var byLanguage = new JsonObject();
        foreach (var item in items.OfType<IReadOnlyDictionary<string, object?>>())
        {
            var language = item.GetValueOrDefault("language") as string ?? string.Empty;
            if (byLanguage[language] is not JsonArray names)
            {
                byLanguage[language] = names = [];
            }

            foreach (var name in item.GetValueOrDefault("names") as IEnumerable<object?> ?? [])
            {
                names.Add(Node(name));
            }
        }

        return byLanguage;
    }

    [GeneratedRegex(@"\.aliases\.[^.\[]+(\[\d+\])?")]
    private static partial Regex SeedAliasPath();
}
