namespace Reader.Site.Views;

/// <summary>The page of someone the articles are about (<c>/people/&lt;slug&gt;/</c>).</summary>
public sealed record PersonView(string Name, PersonFactsView Facts, string? BioHtml, MentionsView Mentions);
