using System.Text;

namespace Reader.Content;

/// <summary>
/// Writes files so that a crash never leaves a truncated one: the text goes to a temporary file
/// beside the target, which is then renamed over it in one step.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates <paramref name="path"/>; returns false, writing nothing, when it already exists.</summary>
    public static bool TryCreate(string path, string text)
    {
        var temp = WriteTemp(path, text);
        try
        {
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            return false;
        }
    }

    /// <summary>Replaces <paramref name="path"/> unless it already holds exactly <paramref name="text"/>; returns whether it wrote.</summary>
    public static bool Write(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path, Utf8) == text)
        {
            return false;
        }

        File.Move(WriteTemp(path, text), path, overwrite: true);
        return true;
    }

    private static string WriteTemp(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, text, Utf8);
        return temp;
    }
}
