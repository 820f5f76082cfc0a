namespace Graph.Knowledge.Model;

/// <summary>A figure: <see cref="Value"/> for a point ("up to 12,000"), <see cref="Low"/>/<see cref="High"/> for a range ("tens of thousands").</summary>
public sealed record Quantity(double? Value, double? Low, double? High, string Unit, QuantityQualifier Qualifier);
