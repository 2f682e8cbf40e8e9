using Reader.Content;

namespace Reader.Site;

/// <summary>What a build did: the CLI prints the diagnostics and exits 1 when <see cref="HasErrors"/>.</summary>
/// <param name="PagesWritten">HTML pages written (an incremental build skips pages whose bytes did not change).</param>
/// <param name="FilesWritten">Every file written, pages, feeds, sitemap, index and assets included.</param>
public sealed record SiteBuildResult(int PagesWritten, int FilesWritten, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Input files parsed by this build (display paths); unchanged files come from the last build.</summary>
    public IReadOnlyList<string> Parsed { get; init; } = [];

    /// <summary>Pages, feeds and search shards rendered; the others were made from unchanged inputs and left as they were.</summary>
    public int FilesRendered { get; init; }

    /// <summary>Article bodies read for their text, words and sections; the others were unchanged and reused.</summary>
    public int BodiesAnalysed { get; init; }

    /// <summary>Output files deleted because no input produces them any more.</summary>
    public int FilesDeleted { get; init; }

    /// <summary>The files this build wrote, relative to the output folder with '/': what a preview copies on to the published site.</summary>
    public IReadOnlyList<string> Changed { get; init; } = [];

    /// <summary>The files this build deleted, relative to the output folder with '/'.</summary>
    public IReadOnlyList<string> Deleted { get; init; } = [];

    /// <summary>Whether the templates were loaded (first build, or the <c>theme/</c> folder changed).</summary>
    public bool TemplatesLoaded { get; init; }

    /// <summary>Articles marked <c>draft: true</c> in the site: none in a build, those in the input in a preview.</summary>
    public int Drafts { get; init; }

    /// <summary>How long each step took, in build order.</summary>
    public IReadOnlyList<BuildPhase> Phases { get; init; } = [];
}
