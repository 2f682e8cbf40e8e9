namespace Reader.Site.Views;

/// <summary>A link to the older ("prev") or newer ("next") article.</summary>
public sealed record PagerLinkView(string Label, string Text, string Url, string Rel);
