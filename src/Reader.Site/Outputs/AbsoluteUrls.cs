using System.Text.RegularExpressions;

namespace Reader.Site.Outputs;

/// <summary>
/// Makes the root-relative addresses of rendered HTML absolute, for copies read away from the site (a JSON Feed
/// item, which has no base address). The HTML is the renderer's own, whose attributes are always double-quoted.
/// </summary>
public static partial class AbsoluteUrls
{
    public static string Rewrite(string html, SiteUrls urls)
    {
        var origin = urls.Absolute("");
        var rewritten = Attribute().Replace(html, m => $"{m.Groups[1].Value}=\"{origin}/");
        return SourceSet().Replace(rewritten, m => $"srcset=\"{Candidates().Replace(m.Groups[1].Value, c => c.Groups[1].Value + origin + "/")}\"");
    }

    [GeneratedRegex("\\b(href|src)=\"/(?!/)")]
    private static partial Regex Attribute();

    [GeneratedRegex("srcset=\"([^\"]*)\"")]
    private static partial Regex SourceSet();

    // Each candidate of a srcset starts the attribute or follows a comma and spaces.
    [GeneratedRegex("(^|,\\s*)/(?!/)")]
    private static partial Regex Candidates();
}
