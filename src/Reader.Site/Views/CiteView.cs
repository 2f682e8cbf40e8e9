using Reader.Site.Citations;

namespace Reader.Site.Views;

/// <summary>"Cite this" under an article: the citation in Chicago author-date and APA, and files to download.</summary>
public sealed record CiteView(
    IReadOnlyList<CitationRun> Chicago,
    IReadOnlyList<CitationRun> Apa,
    IReadOnlyList<LinkView> Downloads,
    IReadOnlyList<LinkView> CollectionDownloads);
