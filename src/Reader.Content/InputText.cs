using System.Text;
using System.Text.Unicode;

namespace Reader.Content;

/// <summary>
/// Reads a Markdown file of <c>input/</c> without trusting it. A symbolic link that leads outside the input folder
/// is refused without its target being read (a shared repository must not be able to publish <c>/etc/passwd</c>);
/// a file that cannot be read, or is not UTF-8, becomes a diagnostic instead of an exception or silent garbage.
/// </summary>
public static class InputText
{
    /// <param name="root">The input folder; links may point anywhere inside it.</param>
    /// <param name="display">The path diagnostics name.</param>
    public static string? Read(string path, string root, string display, DiagnosticBag diagnostics)
    {
        try
        {
            if (FolderFiles.LinkOutside(path, root) is { } target)
            {
                diagnostics.Add(Diagnostic.Error(display, null, $"the file is a symbolic link to {target}, outside the input folder; it was not read",
                    "copy the file into the input folder instead of linking to it"));
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            {
                // UTF-16 with a byte-order mark is unambiguous: read it, the writer keeps files UTF-8 from here on.
                using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
                return WithoutUnsafeCharacters(reader.ReadToEnd(), display, diagnostics);
            }

            if (!Utf8.IsValid(bytes))
            {
                diagnostics.Add(Diagnostic.Warning(display, null, "the file is not valid UTF-8; the bytes that are not were replaced with '\uFFFD'",
                    "save the file as UTF-8 in your editor"));
            }

            return WithoutUnsafeCharacters(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), display, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(display, null, $"cannot read the file: {e.Message}", "check that it exists and that you may read it"));
            return null;
        }
    }

    /// <summary>
    /// The text without the control characters and non-characters no page or feed can hold (the feed writer would stop
    /// the build on the first), with a warning at the first of them.
    /// </summary>
    private static string WithoutUnsafeCharacters(string text, string display, DiagnosticBag diagnostics)
    {
        var first = UnsafeCharacters.IndexOf(text);
        if (first < 0)
        {
            return text;
        }

        var line = 1 + text.AsSpan(0, first).Count('\n');
        var column = first - (first == 0 ? -1 : text.LastIndexOf('\n', first - 1));
        var described = UnsafeCharacters.Describe(text);
        var clean = UnsafeCharacters.Remove(text, out var removed);
        diagnostics.Add(Diagnostic.Warning(display, line,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"removed {removed} control characters or non-characters ({described}), which no page or feed can hold"),
            "delete them from the file (an editor that shows invisible characters helps)", column));
        return clean;
    }
}
