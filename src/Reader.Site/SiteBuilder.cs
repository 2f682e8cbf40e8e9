using System.Text;
using Reader.Content;
using Reader.Site.Model;
using Reader.Site.Text;

namespace Reader.Site;

/// <summary>
/// Builds the site: input/ → <see cref="Model.Site"/> → pages → output/. Problems become diagnostics in the
/// result, never exceptions. Content errors (an unknown theme, a broken front matter) still produce a site
/// that can be previewed; template errors produce nothing, as every page would be wrong.
/// </summary>
public static class SiteBuilder
{
    /// <summary>One full build into an empty folder: a <see cref="SiteSession"/> that keeps nothing for a next build.</summary>
    /// <param name="imageCache">Where smaller copies of images are kept between builds; null makes them every time.</param>
    public static SiteBuildResult Build(ReaderSettings settings, string inputDir, string themeDir, string outputDir, IProgress<StepProgress>? progress = null, string? imageCache = null) =>
        new SiteSession(settings, inputDir, themeDir, outputDir, incremental: false, imageCache: imageCache).Build(progress);

    /// <summary>
    /// Readies what every build uses once before its first file: the YAML parser's and Markdig's set-up, the
    /// culture data dates are read with, and the first compilation of the text code. A caller with a core to spare
    /// runs this while it does other work (reading settings, ingesting), so the build does not wait for it.
    /// </summary>
    public static void Prepare()
    {
        const string Sample = "---\ntitle: Prepare\ndate: 2020-01-01\nauthors:\n  - name: A. Person\n    role: author\n---\n\n## Part\n\nA *short* text, with [a link](https://example.org).\n";
        if (FrontMatterReader.ReadArticle("prepare.md", Sample, new DiagnosticBag()) is { } content)
        {
            var article = new Article { Slug = "prepare", Path = "prepare.md", Matter = content.FrontMatter, MarkdownUtf8 = Encoding.UTF8.GetBytes(content.Body) };
            ArticleAnalyser.Analyse(article, new Vocabulary());
            ArticleMarkdown.ToHtml(content.Body);
        }
    }
}
