namespace Reader.Ingest;

/// <summary>What a scraped page turned out to be. Only articles are written to <c>input/</c>.</summary>
public enum PageKind
{
    Article,

    /// <summary>An index, section front or search result: teasers of many articles.</summary>
    Listing,

    /// <summary>A "page not found" or other error page.</summary>
    Error,

    /// <summary>A page with too little prose to be an article (a landing page, a media page, an empty shell).</summary>
    NoProse,

    /// <summary>Not a page at all: an empty, binary or oversized file (see <see cref="SeedPage.Problem"/>).</summary>
    Unreadable,
}
