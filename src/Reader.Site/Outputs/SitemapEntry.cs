namespace Reader.Site.Outputs;

/// <summary>A page in sitemap.xml: its root-relative URL and, for an article, its date.</summary>
public sealed record SitemapEntry(string Url, string? LastModified);
