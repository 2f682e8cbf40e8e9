namespace Reader.Site.Text;

/// <summary>One section (h2) of an article, for its table of contents.</summary>
public sealed record TocEntry(string Id, string Text);
