using Graph.Neo4j.Client;

namespace Graph.Api.Loading;

/// <summary>
/// The keys asked for before anyone awaited: the first await sends them all in one statement;
/// keys asked for after that go into the next batch.
/// </summary>
internal sealed class LoaderBatch<T>(Neo4jReader neo4j, BatchQuery<T> query, IReadOnlyDictionary<string, object?> parameters, Lock gate)
{
    private readonly List<string> _keys = [];
    private Task<Dictionary<string, List<T>>>? _fetch;

    public bool Started => _fetch is not null;

    public void Add(string key) => _keys.Add(key);

    public async Task<IReadOnlyList<T>> GetAsync(string key, CancellationToken cancellationToken)
    {
        Task<Dictionary<string, List<T>>> fetch;
        lock (gate)
        {
            fetch = _fetch ??= FetchAsync([.. _keys], cancellationToken);
        }

        var rows = await fetch.ConfigureAwait(false);
        return rows.TryGetValue(key, out var list) ? list : [];
    }

    private async Task<Dictionary<string, List<T>>> FetchAsync(string[] keys, CancellationToken cancellationToken)
    {
        var arguments = new Dictionary<string, object?>(parameters) { ["keys"] = keys };
        var result = await neo4j.RunAsync(new Cypher(query.Name, query.Text, arguments) { Idempotent = true }, cancellationToken).ConfigureAwait(false);
        var byKey = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            var key = row.GetString("key");
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add(query.Read(row));
        }

        return byKey;
    }
}
