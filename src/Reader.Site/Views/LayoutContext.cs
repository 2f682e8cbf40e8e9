namespace Reader.Site.Views;

/// <summary>What <c>layouts/base.hbs</c> receives: the rendered page as <c>Content</c>.</summary>
public sealed record LayoutContext(SiteView Site, PageMeta Meta, string Content);
