namespace Reader.Site.Views;

/// <summary>A link to the previous ("prev") or next ("next") article or page of a list.</summary>
public sealed record PagerLinkView(string Label, string Text, string Url, string Rel);
