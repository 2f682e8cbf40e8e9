namespace Reader.Site.Citations;

/// <summary>What a piece is, for citation: each format and style has its own form for each.</summary>
public enum CitationType
{
    /// <summary>An article read on a web site (CSL <c>webpage</c>, BibTeX <c>@misc</c>, RIS <c>ELEC</c>).</summary>
    WebPage,

    /// <summary>A published interview (CSL <c>interview</c>, BibTeX <c>@misc</c>, RIS <c>GEN</c>).</summary>
    Interview,

    /// <summary>A chapter of a book (CSL <c>chapter</c>, BibTeX <c>@incollection</c>, RIS <c>CHAP</c>).</summary>
    Chapter,

    /// <summary>A report or working paper (CSL <c>report</c>, BibTeX <c>@techreport</c>, RIS <c>RPRT</c>).</summary>
    Report,

    /// <summary>An article in a journal or magazine, or its abstract (CSL <c>article-journal</c>, BibTeX <c>@article</c>, RIS <c>JOUR</c>).</summary>
    JournalArticle,
}
