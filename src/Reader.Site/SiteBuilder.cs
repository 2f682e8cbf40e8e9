using Reader.Content;

namespace Reader.Site;

/// <summary>
/// Builds the site: input/ → <see cref="Model.Site"/> → pages → output/. Problems become diagnostics in the
/// result, never exceptions. Content errors (an unknown theme, a broken front matter) still produce a site
/// that can be previewed; template errors produce nothing, as every page would be wrong.
/// </summary>
public static class SiteBuilder
{
    /// <summary>One full build into an empty folder: a <see cref="SiteSession"/> that keeps nothing for a next build.</summary>
    public static SiteBuildResult Build(ReaderSettings settings, string inputDir, string themeDir, string outputDir, IProgress<StepProgress>? progress = null) =>
        new SiteSession(settings, inputDir, themeDir, outputDir, incremental: false).Build(progress);
}
