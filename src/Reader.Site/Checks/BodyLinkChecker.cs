using Reader.Content;
using Reader.Site.Model;
using Reader.Site.Text;
using Reader.Site.Views;

namespace Reader.Site.Checks;

/// <summary>
/// Checks, as part of every build, that each link and image an article's Markdown writes within the site leads to a
/// file the build wrote: a broken link or a missing local image is an error naming the file, line and column, so
/// the build fails as <c>check</c> does. Works on the links analysis collected and the paths the build claimed, so
/// no page is read back. Links off the site, and fragments, are left to <c>check</c>, which follows the built pages.
/// </summary>
public static class BodyLinkChecker
{
    private static readonly Uri Origin = new("http://reader.invalid/");

    /// <param name="files">Every file of the built site, relative to the output folder with '/'.</param>
    public static void Check(ViewContext context, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        var urls = context.Urls;
        var root = urls.Root + "/";
        foreach (var article in context.Model.Articles)
        {
            var page = new Uri(Origin, urls.Article(article.Slug));
            foreach (var link in context.Text(article).Links)
            {
                if (Problem(link.Url, page, root, files) is { } problem)
                {
                    var (message, hint) = link.IsImage
                        ? ($"missing image '{link.Url}': {problem}", "put the image in input/images/ and write /images/<name> (with LinkRoot before it, if the site has one), or use the address of an image elsewhere")
                        : ($"broken link '{link.Url}': {problem}", "link to a page that exists, e.g. /articles/<slug>/ or /authors/<slug>/");
                    diagnostics.Add(Diagnostic.Error(article.Path, article.BodyLine + link.Line, message, hint, link.Column + 1));
                }
            }
        }
    }

    /// <summary>Why a link leads nowhere, or null when it leads to a file of the site or off the site.</summary>
    private static string? Problem(string url, Uri page, string root, IReadOnlySet<string> files)
    {
        if (url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
        {
            return null;
        }

        if (!Uri.TryCreate(page, url, out var resolved))
        {
            return "not a valid address";
        }

        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            return $"it leads outside the site, which is served under '{root}'";
        }

        var file = path[root.Length..];
        if (file.Length == 0 || file.EndsWith('/'))
        {
            file += "index.html";
        }

        return files.Contains(file) ? null : $"the site has no {file}";
    }

    // "https:", "mailto:" …: a scheme is letters before a colon that comes before any '/', '?' or '#'.
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && url.AsSpan(0, colon).IndexOfAny("/?#") < 0 && char.IsAsciiLetter(url[0]);
    }
}
