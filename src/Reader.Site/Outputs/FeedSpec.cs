using Reader.Site.Model;

namespace Reader.Site.Outputs;

/// <summary>One feed of the site, written as Atom and as JSON Feed: the site's, or an author's or theme's.</summary>
/// <param name="PageUrl">The page the feed follows.</param>
public sealed record FeedSpec(string Title, string AtomUrl, string JsonUrl, string PageUrl, IReadOnlyList<Article> Articles);
