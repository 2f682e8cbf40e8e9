namespace Reader.Ingest.Data;

/// <summary>
/// The known-boilerplate data files under <c>Data/</c>. New sites are handled by adding phrases there,
/// not by adding rules that name a site.
/// </summary>
public static class Phrases
{
    private static readonly Lazy<PhraseList> LazyWidgetLines = new(() => PhraseList.Load("widget-lines.txt"));
    private static readonly Lazy<PhraseList> LazyFullTextPointers = new(() => PhraseList.Load("fulltext-pointers.txt"));
    private static readonly Lazy<PhraseList> LazyCookiePhrases = new(() => PhraseList.Load("cookie-phrases.txt"));
    private static readonly Lazy<StemList> LazyCookieVocabulary = new(() => StemList.Load("cookie-vocabulary.txt"));
    private static readonly Lazy<PhraseList> LazyCookieButtons = new(() => PhraseList.Load("cookie-buttons.txt"));
    private static readonly Lazy<PhraseList> LazyBoilerplateParagraphs = new(() => PhraseList.Load("boilerplate-paragraphs.txt"));
    private static readonly Lazy<PhraseList> LazyRelatedHeadings = new(() => PhraseList.Load("related-headings.txt"));
    private static readonly Lazy<PhraseList> LazyReadAlsoLabels = new(() => PhraseList.Load("read-also-labels.txt"));
    private static readonly Lazy<PhraseList> LazyRelatedHeadingPrefixes = new(() => PhraseList.Load("related-heading-prefixes.txt"));
    private static readonly Lazy<PhraseList> LazyFooterLinks = new(() => PhraseList.Load("footer-links.txt"));
    private static readonly Lazy<PhraseList> LazyPostMetaPrefixes = new(() => PhraseList.Load("post-meta-prefixes.txt"));
    private static readonly Lazy<PhraseList> LazyLinkListHeadings = new(() => PhraseList.Load("link-list-headings.txt"));
    private static readonly Lazy<PhraseList> LazyFooterMarkers = new(() => PhraseList.Load("footer-markers.txt"));
    private static readonly Lazy<PhraseList> LazyTagLabels = new(() => PhraseList.Load("tag-labels.txt"));
    private static readonly Lazy<PhraseList> LazySectionHeadings = new(() => PhraseList.Load("section-headings.txt"));
    private static readonly Lazy<PhraseList> LazySummaryHeadings = new(() => PhraseList.Load("summary-headings.txt"));
    private static readonly Lazy<PhraseList> LazyInfoBlockKeys = new(() => PhraseList.Load("info-block-keys.txt"));
    private static readonly Lazy<PhraseList> LazyJobTitleWords = new(() => PhraseList.Load("job-title-words.txt"));
    private static readonly Lazy<PhraseList> LazyInstitutionWords = new(() => PhraseList.Load("institution-words.txt"));

    public static PhraseList WidgetLines => LazyWidgetLines.Value;

    public static PhraseList FullTextPointers => LazyFullTextPointers.Value;

    public static PhraseList CookiePhrases => LazyCookiePhrases.Value;

    public static StemList CookieVocabulary => LazyCookieVocabulary.Value;

    public static PhraseList CookieButtons => LazyCookieButtons.Value;

    public static PhraseList BoilerplateParagraphs => LazyBoilerplateParagraphs.Value;

    public static PhraseList RelatedHeadings => LazyRelatedHeadings.Value;

    public static PhraseList RelatedHeadingPrefixes => LazyRelatedHeadingPrefixes.Value;

    public static PhraseList ReadAlsoLabels => LazyReadAlsoLabels.Value;

    /// <summary>"Read also: Another story", "Czytaj też: …": a short line that is a link to another article.</summary>
    public static bool IsReadAlsoLine(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return text.Length <= MaxReadAlsoLine && colon > 0 && colon <= MaxReadAlsoLabel && ReadAlsoLabels.Matches(text[..colon]);
    }

    private const int MaxReadAlsoLine = 200;
    private const int MaxReadAlsoLabel = 40;

    public static PhraseList FooterLinks => LazyFooterLinks.Value;

    public static PhraseList PostMetaPrefixes => LazyPostMetaPrefixes.Value;

    public static PhraseList LinkListHeadings => LazyLinkListHeadings.Value;

    public static PhraseList FooterMarkers => LazyFooterMarkers.Value;

    public static PhraseList TagLabels => LazyTagLabels.Value;

    public static PhraseList SectionHeadings => LazySectionHeadings.Value;

    public static PhraseList SummaryHeadings => LazySummaryHeadings.Value;

    public static PhraseList InfoBlockKeys => LazyInfoBlockKeys.Value;

    public static PhraseList JobTitleWords => LazyJobTitleWords.Value;

    public static PhraseList InstitutionWords => LazyInstitutionWords.Value;
}
