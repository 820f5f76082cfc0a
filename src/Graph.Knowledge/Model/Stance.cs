namespace Graph.Knowledge.Model;

public enum Stance
{
    Asserted,
    Denied,
}
