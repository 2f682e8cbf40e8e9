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
    /// <exception cref="IOException">The file could not be written (a full disk); no temporary file is left behind.</exception>
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
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Replaces <paramref name="path"/> unless it already holds exactly <paramref name="text"/>; returns whether it wrote.</summary>
    /// <exception cref="IOException">The file could not be written (a full disk); the old file is whole and no temporary file is left behind.</exception>
    public static bool Write(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path, Utf8) == text)
        {
            return false;
        }

        var temp = WriteTemp(path, text);
        try
        {
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>
    /// Deletes the temporary files a killed run left in <paramref name="directory"/> (the names <see cref="WriteTemp"/>
    /// makes, which nothing else uses). Only one reader process writes a project at a time, so none is in use.
    /// </summary>
    /// <returns>How many were deleted.</returns>
    public static int DeleteLeftovers(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            var name = Path.GetFileName(file);
            var guid = name.Length > 37 ? name[^36..^4] : "";
            if (name.Length > 38 && name[^37] == '.' && guid.All(char.IsAsciiHexDigitLower))
            {
                File.Delete(file);
                deleted++;
            }
        }

        return deleted;
    }

    private static string WriteTemp(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, text, Utf8);
        }
        catch
        {
            // A full disk fails part-way through: the part written must not stay behind.
            File.Delete(temp);
            throw;
        }

        return temp;
    }
}
