using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Graph.Knowledge.Seed;

/// <summary>Reads a file's bytes as UTF-8 text, refusing files that are too large or not UTF-8.</summary>
internal static class SeedText
{
    public const long MaxBytes = 1024 * 1024;

    public static string? Read(SeedFile file, List<SeedProblem> problems)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(file.FullPath).Length;
            if (length > MaxBytes)
            {
                problems.Add(TooLarge(file.DisplayName, length));
                return null;
            }

            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new SeedProblem(file.DisplayName, 1, 1, string.Empty, $"cannot read {file.DisplayName}: {ex.Message}"));
            return null;
        }

        return Decode(bytes, file.DisplayName, problems);
    }

    public static SeedProblem TooLarge(string name, long length) =>
        new(name, 1, 1, string.Empty, $"{name} is larger than 1 MiB ({length} bytes); split it into several files");

    public static string? Decode(ReadOnlySpan<byte> bytes, string name, List<SeedProblem> problems)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            // Point at the first bad byte, counting lines and characters in the valid text before it.
            var before = chars.AsSpan(0, written);
            var line = before.Count('\n') + 1;
            var column = written - (before.LastIndexOf('\n') + 1) + 1;
            problems.Add(new SeedProblem(name, line, column, string.Empty,
                $"{name} is not UTF-8 (byte 0x{bytes[read]:X2} at offset {read}); save it as UTF-8"));
            return null;
        }

        return new string(chars, 0, written);
    }
}
