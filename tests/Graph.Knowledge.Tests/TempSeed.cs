using System.Text;
using Graph.Knowledge.Seed;

namespace Graph.Knowledge.Tests;

/// <summary>A throw-away seed folder with a few shared things, for tests that need files on disk.</summary>
internal sealed class TempSeed : IDisposable
{
    public const string Entities = """
        - id: north-korea
          kind: country
          name: North Korea
          aliases: { id: [Korea Utara], en: [Korea] }
        - id: south-korea
          kind: country
          name: South Korea
          aliases: { en: [Korea] }
        - id: russia
          kind: country
          name: Russia
        - id: jatim-times
          kind: organization
          type: outlet
          name: Jatim Times
        - id: ntv
          kind: organization
          type: outlet
          name: NTV
        - id: ivan-klyszcz
          kind: person
          name: Ivan Klyszcz
        """;

    public TempSeed(bool withEntities = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "seed-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        Directory.CreateDirectory(Path.Combine(Root, "entities"));
        if (withEntities)
        {
            Write("entities/base.yaml", Entities);
        }
    }

    public string Root { get; }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text.ReplaceLineEndings("\n")));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public SeedSet Read() => SeedReader.ReadPaths([Root]);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
