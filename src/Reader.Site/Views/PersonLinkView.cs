namespace Reader.Site.Views;

/// <summary>A name in a byline, with the words printed before it (", ", " and ") already chosen.</summary>
public sealed record PersonLinkView(string Separator, string Name, string Url);
