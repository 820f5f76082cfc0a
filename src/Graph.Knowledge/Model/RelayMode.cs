namespace Graph.Knowledge.Model;

public enum RelayMode
{
    Quoted,
    Paraphrased,
    Translated,
}
