namespace Graph.Bench.Loading;

public sealed class LoadFigures
{
    public int Requests { get; set; }

    public int Rows { get; set; }
}
