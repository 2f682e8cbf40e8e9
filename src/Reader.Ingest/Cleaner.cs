namespace Reader.Ingest;

/// <summary>Turns a scraped page into an article: removes site chrome, keeps every word of the article, extracts metadata.</summary>
public sealed class Cleaner
{
    public CleanedArticle Clean(SeedPage page) => throw new NotImplementedException();
}
