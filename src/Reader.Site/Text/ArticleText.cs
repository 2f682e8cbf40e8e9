namespace Reader.Site.Text;

/// <summary>
/// What the site needs from an article's body besides its HTML, computed in one pass over the parsed body:
/// small enough to keep for every article, so the parsed document itself never has to be kept.
/// </summary>
/// <param name="WordCount">Words between spaces, for the reading time.</param>
/// <param name="CjkCharacters">Chinese and Japanese characters, which are read by the character (<see cref="PlainText.ReadingLength"/>).</param>
/// <param name="Excerpt">The opening words, for descriptions when the article has no summary.</param>
/// <param name="SummaryInBody">The body already holds the summary's words, so the page shows no standfirst.</param>
/// <param name="Sections">The body's h2 sections with their anchor ids, for the table of contents.</param>
/// <param name="BodyHash">A hash of the body's Markdown: with the people it links to, it stands for the body's HTML.</param>
/// <param name="Links">The links and images the Markdown writes, for the build to check that those within the site lead somewhere.</param>
/// <param name="Mentions">The sentences that name people of <c>input/people/</c>, for their pages.</param>
/// <param name="Events">The sentences that state a date, for the timeline.</param>
public sealed record ArticleText(
    int WordCount,
    int CjkCharacters,
    string Excerpt,
    bool SummaryInBody,
    IReadOnlyList<TocEntry> Sections,
    string BodyHash,
    IReadOnlyList<BodyLink> Links,
    IReadOnlyList<PersonMention> Mentions,
    IReadOnlyList<DatedPassage> Events);
