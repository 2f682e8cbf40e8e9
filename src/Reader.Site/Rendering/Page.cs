using Reader.Site.Views;

namespace Reader.Site.Rendering;

/// <summary>A page to render: its kind (which picks the template), root-relative URL, metadata and view model.</summary>
public sealed record Page(PageKind Kind, string Url, PageMeta Meta, object View)
{
    /// <summary>
    /// Finishes the view just before the template runs (an article's body): an incremental build that finds the
    /// page unchanged never pays for it.
    /// </summary>
    public Func<object, object>? Complete { get; init; }
}
