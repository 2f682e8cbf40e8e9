using Reader.Site.Views;

namespace Reader.Site.Rendering;

/// <summary>A page to render: its kind (which picks the template), root-relative URL, metadata and view model.</summary>
public sealed record Page(PageKind Kind, string Url, PageMeta Meta, object View);
