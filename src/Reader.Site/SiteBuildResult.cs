using Reader.Content;

namespace Reader.Site;

/// <summary>What a build did: the CLI prints the diagnostics and exits 1 when <see cref="HasErrors"/>.</summary>
/// <param name="PagesWritten">HTML pages written.</param>
/// <param name="FilesWritten">Every file written, pages, feeds, sitemap, index and assets included.</param>
public sealed record SiteBuildResult(int PagesWritten, int FilesWritten, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
