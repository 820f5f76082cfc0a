using Graph.Knowledge.Seed.Parsed;
using YamlDotNet.RepresentationModel;

namespace Graph.Knowledge.Seed;

/// <summary>A map of known keys read from a seed file, carrying its own path (<c>claims[3]</c>) so every value knows where it is.</summary>
internal sealed class SeedMap(SeedSource source, string path, IReadOnlyDictionary<string, YamlNode> values)
{
    public string Path => path;

    public bool Has(string key) => values.ContainsKey(key);

    public bool TryGet(string key, out YamlNode node) => values.TryGetValue(key, out node!);

    /// <summary>The path of a key of this map: <c>claims[3].quantity</c>.</summary>
    public string PathOf(string key) => Join(path, key);

    public SeedScalar? Scalar(string key) => values.TryGetValue(key, out var node) ? source.ScalarOf(node, PathOf(key)) : null;

    public List<SeedScalar> Scalars(string key) => values.TryGetValue(key, out var node) ? source.ScalarsOf(node, PathOf(key)) : [];

    /// <summary>A map read by <paramref name="read"/> under <paramref name="key"/>, or null when absent.</summary>
    public T? Read<T>(string key, Func<YamlNode, string, T?> read)
        where T : class =>
        values.TryGetValue(key, out var node) ? read(node, PathOf(key)) : null;

    /// <summary>The items of a list under <paramref name="key"/>, each read by <paramref name="item"/> with its path (<c>claims[0]</c>).</summary>
    public List<T> Items<T>(string key, Func<YamlNode, string, T?> item)
        where T : class
    {
        var items = new List<T>();
        if (!values.TryGetValue(key, out var node) || SeedSource.IsNull(node))
        {
            return items;
        }

        if (node is not YamlSequenceNode sequence)
        {
            source.Report(node, PathOf(key), $"'{key}' must be a list");
            return items;
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (item(sequence.Children[i], $"{PathOf(key)}[{i}]") is { } parsed)
            {
                items.Add(parsed);
            }
        }

        return items;
    }

    public static string Join(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";
}
