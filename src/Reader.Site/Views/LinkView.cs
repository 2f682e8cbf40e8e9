namespace Reader.Site.Views;

/// <param name="IsCurrent">True for the page itself at the end of a breadcrumb trail: shown as text, not a link.</param>
public sealed record LinkView(string Text, string Url, bool IsCurrent = false);
