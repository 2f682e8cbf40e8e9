using Reader.Site.Outputs;
using Reader.Site.Rendering;

namespace Reader.Site.Views;

/// <summary>A page not made yet: where it goes, how to make it and, where that is cheaper than making it, what it is made from.</summary>
/// <param name="Url">The page's root-relative URL, the same as the made page's.</param>
/// <param name="Sitemap">What sitemap.xml says of the page; null for a page search engines should not index.</param>
/// <param name="Inputs">
/// Stands for everything the page shows, for comparison with the last build; null when the page's own view
/// model is compared instead (search and 404, which list nothing).
/// </param>
public sealed record PlannedPage(string Url, SitemapEntry? Sitemap, Func<Page> Make, Func<object>? Inputs = null);
