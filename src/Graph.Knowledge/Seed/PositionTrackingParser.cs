using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Graph.Knowledge.Seed;

/// <summary>Remembers where the last parsing event started, to place errors the scanner raises without a position.</summary>
internal sealed class PositionTrackingParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    public (int Line, int Column) LastStart { get; private set; } = (1, 1);

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current)
        {
            LastStart = ((int)current.Start.Line, (int)current.Start.Column);
        }

        return moved;
    }
}
