namespace Graph.Knowledge.Model;

/// <summary>Another name of a thing, with its BCP 47 language tag ("Korea Utara"@id).</summary>
public sealed record Alias(string Text, string Language);
