using System.Text.RegularExpressions;
using HandlebarsDotNet;
using Reader.Content;

namespace Reader.Site.Rendering;

/// <summary>
/// The Handlebars templates of the <c>theme/</c> folder, compiled once: the base layout, one template per
/// page kind, and every partial in <c>theme/partials/</c>. Compiled templates are safe to call from many threads.
/// </summary>
public sealed partial class TemplateSet
{
    private readonly Dictionary<PageKind, (string Path, HandlebarsTemplate<object, object> Render)> _pages;

    private TemplateSet(HandlebarsTemplate<TextWriter, object, object> layout, Dictionary<PageKind, (string, HandlebarsTemplate<object, object>)> pages)
    {
        Layout = layout;
        _pages = pages;
    }

    /// <summary>The base layout, written straight into the page's file buffer: a page is never held as a string.</summary>
    public HandlebarsTemplate<TextWriter, object, object> Layout { get; }

    public (string Path, HandlebarsTemplate<object, object> Render)? For(PageKind kind) =>
        _pages.TryGetValue(kind, out var template) ? template : null;

    /// <summary>Compiles every template; returns null when any is missing or broken, after reporting each one.</summary>
    public static TemplateSet? Load(string themeDir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(themeDir))
        {
            diagnostics.Add(Diagnostic.Error(themeDir, null, "the theme folder does not exist", "run from the project folder (where statiq.json is), or set ThemePaths in statiq.json"));
            return null;
        }

        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            // A misspelt property in a template is a bug to report, not an empty string to ship.
            ThrowOnUnresolvedBindingExpression = true,
            NoEscape = false,
        });
        var ok = true;
        var partials = Path.Combine(themeDir, PageTemplates.PartialsFolder);
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.EnumerateFiles(partials, "*.hbs").Order(StringComparer.Ordinal))
            {
                ok &= TryCompile(themeDir, Path.GetRelativePath(themeDir, file), diagnostics, text =>
                {
                    handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), text);
                    return null;
                });
            }
        }

        HandlebarsTemplate<TextWriter, object, object>? layout = null;
        ok &= TryCompile(themeDir, PageTemplates.Layout, diagnostics, text => layout = handlebars.Compile(new StringReader(text)));
        var pages = new Dictionary<PageKind, (string, HandlebarsTemplate<object, object>)>();
        foreach (var kind in Enum.GetValues<PageKind>())
        {
            var path = PageTemplates.PathOf(kind);
            ok &= TryCompile(themeDir, path, diagnostics, text => pages[kind] = (path, handlebars.Compile(text)));
        }

        return ok && layout is not null ? new TemplateSet(layout, pages) : null;
    }

    /// <summary>
    /// Removes the indentation before partial calls. Handlebars.Net 2.4 writes an indented standalone partial
    /// (<c>"    {{> list}}"</c>) without HTML-encoding its values: an XSS hole for any theme. Unindented, the
    /// same partial is encoded; only the output's whitespace differs.
    /// </summary>
    public static string Unindent(string template) => IndentedPartial().Replace(template, "");

    [GeneratedRegex(@"^[ \t]+(?=\{\{~?>)", RegexOptions.Multiline)]
    private static partial Regex IndentedPartial();

    private static bool TryCompile(string themeDir, string relativePath, DiagnosticBag diagnostics, Func<string, object?> compile)
    {
        var fullPath = Path.Combine(themeDir, relativePath);
        var shown = Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(themeDir))), relativePath).Replace('\\', '/');
        if (!File.Exists(fullPath))
        {
            diagnostics.Add(Diagnostic.Error(shown, null, $"the template '{relativePath}' is missing", $"create {shown}; every page kind needs its template"));
            return false;
        }

        try
        {
            // Templates edited on Windows must not put "\r\n" into otherwise identical output.
            compile(Unindent(File.ReadAllText(fullPath).ReplaceLineEndings("\n")));
            return true;
        }
        catch (HandlebarsException e)
        {
            diagnostics.Add(Diagnostic.Error(shown, null, $"the template does not compile: {e.Message}", "check that every {{#each}} and {{#if}} is closed"));
            return false;
        }
    }
}
