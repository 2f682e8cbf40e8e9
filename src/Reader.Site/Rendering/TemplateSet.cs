using Reader.Content;
using Reader.Site.Rendering.Templates;

namespace Reader.Site.Rendering;

/// <summary>
/// The templates of the <c>theme/</c> folder, parsed once: the base layout, one template per page kind, and every
/// partial in <c>theme/partials/</c>. Templates are immutable and safe to render from many threads.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<PageKind, Template> _pages;

    private TemplateSet(Template layout, Dictionary<PageKind, Template> pages, Dictionary<string, Template> partials)
    {
        Layout = layout;
        _pages = pages;
        Partials = partials;
    }

    /// <summary>The base layout, written straight into the page's file buffer: a page is never held as a string.</summary>
    public Template Layout { get; }

    /// <summary>The partials by name (their file name without <c>.hbs</c>).</summary>
    public IReadOnlyDictionary<string, Template> Partials { get; }

    public Template? For(PageKind kind) => _pages.GetValueOrDefault(kind);

    /// <summary>Parses every template; returns null when any is missing or broken, after reporting each one.</summary>
    public static TemplateSet? Load(string themeDir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(themeDir))
        {
            diagnostics.Add(Diagnostic.Error(themeDir, null, "the theme folder does not exist", "run from the project folder (where statiq.json is), or set ThemePaths in statiq.json"));
            return null;
        }

        var ok = true;
        var loaded = new List<(string Path, Template Template)>();
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partialsDir = Path.Combine(themeDir, PageTemplates.PartialsFolder);
        List<string> partialFiles = Directory.Exists(partialsDir) ? [.. Directory.EnumerateFiles(partialsDir, "*.hbs").Order(StringComparer.Ordinal)] : [];
        foreach (var file in partialFiles)
        {
            if (TryParse(themeDir, Path.GetRelativePath(themeDir, file), diagnostics, loaded) is { } partial)
            {
                partials[Path.GetFileNameWithoutExtension(file)] = partial;
            }
            else
            {
                ok = false;
            }
        }

        var layout = TryParse(themeDir, PageTemplates.Layout, diagnostics, loaded);
        var pages = new Dictionary<PageKind, Template>();
        foreach (var kind in Enum.GetValues<PageKind>())
        {
            if (TryParse(themeDir, PageTemplates.PathOf(kind), diagnostics, loaded) is { } page)
            {
                pages[kind] = page;
            }
            else
            {
                ok = false;
            }
        }

        // Calls to missing partials are reported even when another template is broken.
        ok &= AllPartialsExist(themeDir, loaded, [.. partialFiles.Select(f => Path.GetFileNameWithoutExtension(f))], diagnostics);
        return ok && layout is not null ? new TemplateSet(layout, pages, partials) : null;
    }

    /// <summary>A call to a partial with no file is reported now, not when the first page renders.</summary>
    private static bool AllPartialsExist(string themeDir, List<(string Path, Template Template)> loaded, HashSet<string> partials, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var (path, template) in loaded)
        {
            foreach (var call in template.PartialCalls.Where(c => !partials.Contains(c.Name)))
            {
                diagnostics.Add(Diagnostic.Error(Shown(themeDir, path), call.Line, $"there is no partial '{call.Name}'", $"add {Shown(themeDir, Path.Combine(PageTemplates.PartialsFolder, call.Name + ".hbs"))}", call.Column));
                ok = false;
            }
        }

        return ok;
    }

    private static Template? TryParse(string themeDir, string relativePath, DiagnosticBag diagnostics, List<(string, Template)> loaded)
    {
        var fullPath = Path.Combine(themeDir, relativePath);
        var shown = Shown(themeDir, relativePath);
        if (!File.Exists(fullPath))
        {
            diagnostics.Add(Diagnostic.Error(shown, null, $"the template '{relativePath}' is missing", $"create {shown}; every page kind needs its template"));
            return null;
        }

        if (FolderFiles.LinkOutside(fullPath, themeDir) is { } target)
        {
            diagnostics.Add(Diagnostic.Error(shown, null, $"the template is a symbolic link to {target}, outside the theme folder; it was not read",
                "copy the template into the theme folder instead of linking to it"));
            return null;
        }

        try
        {
            // Templates edited on Windows must not put "\r\n" into otherwise identical output.
            var template = TemplateParser.Parse(File.ReadAllText(fullPath).ReplaceLineEndings("\n"), shown);
            loaded.Add((relativePath, template));
            return template;
        }
        catch (TemplateException e)
        {
            diagnostics.Add(Diagnostic.Error(shown, e.Line, $"the template does not parse: {e.Message}", e.Hint, e.Column));
            return null;
        }
    }

    private static string Shown(string themeDir, string relativePath) =>
        Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(themeDir))), relativePath).Replace('\\', '/');
}
