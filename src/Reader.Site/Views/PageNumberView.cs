namespace Reader.Site.Views;

/// <summary>A numbered link in a <see cref="PagerView"/>; a gap ("…") has no URL.</summary>
public sealed record PageNumberView(string Text, string? Url, bool IsCurrent);
