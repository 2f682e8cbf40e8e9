namespace Reader.Site.Views;

/// <summary>A header link; <see cref="IsCurrent"/> marks the section the page belongs to.</summary>
public sealed record NavItemView(string Label, string Url, bool IsCurrent);
