namespace Reader.Site.Text;

/// <summary>A paragraph of a body with its stable id (see <see cref="PassageAnchors"/>) and its plain text.</summary>
public sealed record Passage(string Id, string Text);
