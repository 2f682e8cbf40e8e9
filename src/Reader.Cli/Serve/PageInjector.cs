using System.Globalization;
using System.Net;
using System.Text;
using Reader.Content;

namespace Reader.Cli.Serve;

/// <summary>
/// Adds, at serve time only, the live-reload script and, while the last build has errors, an overlay listing
/// them (HTML-encoded) before <c>&lt;/body&gt;</c> of every HTML page served, and the editors' notes on the page
/// at the top of its body.
/// </summary>
public static class PageInjector
{
    /// <param name="notes">For the editors, about this page (<see cref="EditorNotes"/>), shown above any errors.</param>
    public static string Inject(string html, string linkRoot, int build, IReadOnlyList<Diagnostic> errors, IReadOnlyList<string>? notes = null)
    {
        var folder = linkRoot + LiveReloadAssets.Folder;
        var added = new StringBuilder();
        if (errors.Count > 0 || notes is { Count: > 0 })
        {
            added.Append(CultureInfo.InvariantCulture, $"<link rel=\"stylesheet\" href=\"{folder}live.css\">\n");
        }

        if (errors.Count > 0)
        {
            added.Append("<aside class=\"reader-errors\" role=\"alert\">\n<h2>");
            added.Append(CultureInfo.InvariantCulture, $"The last build has {errors.Count} error{(errors.Count == 1 ? "" : "s")}; this page may be out of date. Fix and save to reload.");
            added.Append("</h2>\n<ul>\n");
            foreach (var error in errors)
            {
                added.Append("<li>").Append(WebUtility.HtmlEncode(error.ToString())).Append("</li>\n");
            }

            added.Append("</ul>\n</aside>\n");
        }

        added.Append(CultureInfo.InvariantCulture, $"<script src=\"{folder}live.js\" data-events=\"{folder}events\" data-build=\"{build}\" defer></script>\n");
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = end < 0 ? html + added : html.Insert(end, added.ToString());

        // The notes open the page, so an editor sees them on the first screen (sticky, they stay while reading).
        var top = new StringBuilder();
        foreach (var note in notes ?? [])
        {
            top.Append("<aside class=\"reader-note\" role=\"note\"><p>").Append(WebUtility.HtmlEncode(note)).Append("</p></aside>\n");
        }

        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var open = body < 0 ? -1 : html.IndexOf('>', body);
        return top.Length == 0 ? html : open < 0 ? top + html : html.Insert(open + 1, "\n" + top);
    }
}
