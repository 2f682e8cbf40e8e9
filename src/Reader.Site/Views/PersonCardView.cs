namespace Reader.Site.Views;

/// <summary>A person credited on an article, as the card at its end shows them: who they are, in their own page's words.</summary>
/// <param name="Role">"Author", "Interviewee" …</param>
/// <param name="Affiliation">Shown when the bio does not already say it.</param>
public sealed record PersonCardView(string Name, string Url, string Role, string? Affiliation, string? BioHtml);
