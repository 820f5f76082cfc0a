namespace Graph.Knowledge.Seed;

public enum SeedFileKind
{
    Entities,
    Article,
}
