namespace Reader.Site.Views;

/// <summary>An author or theme in a list, with how many articles it has.</summary>
public sealed record TermCountView(string Name, string Url, string CountText, string? Description);
