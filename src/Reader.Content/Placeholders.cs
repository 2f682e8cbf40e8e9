namespace Reader.Content;

/// <summary>
/// The text <c>reader new</c> writes for a person to replace. <c>check</c> knows it, so a file committed before it
/// was filled in is found rather than published.
/// </summary>
public static class Placeholders
{
    public const string ArticleBody = "Write the article here, in Markdown. Use ## for section headings.";

    public const string AuthorBio = "A short bio.";

    public const string ThemeDescription = "One sentence on what the theme covers.";

    public const string ThemeBody = "A longer description of the theme.";

    public const string PersonDescription = "One neutral line on who the person is.";
}
