using System.Security.Cryptography;
using System.Text;

namespace Reader.Site.Incremental;

/// <summary>A hash of every file under the <c>theme/</c> folder, names and bytes: when it changes, templates and assets are reloaded.</summary>
public static class ThemeFingerprint
{
    public static string Of(string themeDir)
    {
        if (!Directory.Exists(themeDir))
        {
            return "";
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Links out of the theme folder are refused when templates and assets are read: they are not read here either.
        foreach (var file in Reader.Content.FolderFiles.Enumerate(themeDir, themeDir, (_, _) => { }))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(themeDir, file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
