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
        foreach (var file in Directory.EnumerateFiles(themeDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(themeDir, file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
