namespace Reader.Site.Model;

/// <summary>The one order articles are listed in: newest first, undated last, then by title and slug so ties never depend on load order.</summary>
public sealed class ArticleOrder : IComparer<Article>
{
    public static readonly ArticleOrder NewestFirst = new();

    public int Compare(Article? x, Article? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byDate = (x.Date, y.Date) switch
        {
            ({ } a, { } b) => b.CompareTo(a),
            (null, { }) => 1,
            ({ }, null) => -1,
            _ => 0,
        };
        if (byDate != 0)
        {
            return byDate;
        }

        var byTitle = string.CompareOrdinal(x.Title, y.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.Slug, y.Slug);
    }
}
