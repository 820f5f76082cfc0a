namespace Graph.Bench.Generation;

/// <summary>Ranks 0..n-1 drawn with probability proportional to 1/(rank+1)^s: a few things are very popular, most are rare.</summary>
public sealed class Zipf
{
    private readonly double[] _cumulative;

    public Zipf(int count, double exponent = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _cumulative = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += 1.0 / Math.Pow(i + 1, exponent);
            _cumulative[i] = total;
        }

        for (var i = 0; i < count; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }

    /// <summary>Up to <paramref name="count"/> distinct ranks (fewer when the draws keep repeating).</summary>
    public IReadOnlyList<int> Distinct(Random random, int count)
    {
        var picked = new List<int>(count);
        for (var attempt = 0; attempt < count * 4 && picked.Count < count; attempt++)
        {
            var rank = Next(random);
            if (!picked.Contains(rank))
            {
                picked.Add(rank);
            }
        }

        return picked;
    }
}
