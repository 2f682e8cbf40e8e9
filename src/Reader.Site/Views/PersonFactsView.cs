namespace Reader.Site.Views;

/// <summary>What a person file says of someone: a line on who they are, their dates, years in office and other names.</summary>
public sealed record PersonFactsView(string? Description, string? LifeText, string? OfficeText, IReadOnlyList<string> Aliases);
