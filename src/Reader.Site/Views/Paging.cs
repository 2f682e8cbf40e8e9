using System.Globalization;

namespace Reader.Site.Views;

/// <summary>
/// A long list cut into pages of <see cref="Reader.Content.ReaderSettings.ArchivePageSize"/> items: the first page at
/// the list's own URL, the others at <c>page/2/</c>, <c>page/3/</c> … below it (Hugo's scheme), so a list of
/// 100,000 articles is many small pages instead of one of megabytes. Every list page (the archive, a theme, an
/// author, the indexes) uses it the same way: <see cref="Of"/> once per list, then <see cref="Items"/>,
/// <see cref="Url"/> and <see cref="Pager"/> for each page, with the <c>pager</c> partial in its template.
/// </summary>
public sealed class Paging
{
    /// <summary>Numbered links shown on each side of the current page; the first and last are always shown.</summary>
    public const int Window = 2;

    private readonly string _firstUrl;

    private Paging(string firstUrl, int itemCount, int pageSize)
    {
        _firstUrl = firstUrl;
        ItemCount = itemCount;
        PageSize = pageSize;
        Count = Math.Max(1, (itemCount + pageSize - 1) / pageSize);
    }

    public int ItemCount { get; }

    public int PageSize { get; }

    /// <summary>How many pages: at least one, which an empty list still has.</summary>
    public int Count { get; }

    /// <param name="firstUrl">The list's own URL, ending in '/'.</param>
    public static Paging Of(string firstUrl, int itemCount, int pageSize) =>
        new(firstUrl, itemCount, Math.Max(1, pageSize));

    /// <summary>Page numbers, from 1.</summary>
    public IEnumerable<int> Numbers => Enumerable.Range(1, Count);

    public string Url(int number) => number <= 1 ? _firstUrl : $"{_firstUrl}page/{number.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary>The range of the list a page shows.</summary>
    public Range Items(int number)
    {
        var start = Math.Min(ItemCount, (number - 1) * PageSize);
        return new Range(start, Math.Min(ItemCount, start + PageSize));
    }

    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items, int number)
    {
        var (start, length) = Items(number).GetOffsetAndLength(items.Count);
        var slice = new T[length];
        for (var i = 0; i < length; i++)
        {
            slice[i] = items[start + i];
        }

        return slice;
    }

    /// <summary>The page that shows the item at this index of the list.</summary>
    public int PageOf(int itemIndex) => (itemIndex / PageSize) + 1;

    /// <summary>"Title" on the first page, "Title, page 2 of 7" on the others: every page has a title of its own.</summary>
    public string Title(Language.InterfaceText words, string title, int number) =>
        number <= 1 ? title : words.Format("paging_title", ("title", title), ("number", Num(number)), ("count", Num(Count)));

    /// <summary>The links between the pages, or null for a list that fits on one page.</summary>
    /// <param name="label">What the pages are of, for the navigation's name: "Pages of the archive".</param>
    public PagerView? Pager(Language.InterfaceText words, int number, string label)
    {
        if (Count == 1)
        {
            return null;
        }

        var numbers = new List<PageNumberView>();
        var last = 0;
        int[] candidates = [1, .. Enumerable.Range(number - Window, (2 * Window) + 1), Count];
        foreach (var n in candidates.Where(n => n >= 1 && n <= Count).Distinct().Order())
        {
            if (n > last + 1)
            {
                numbers.Add(new PageNumberView("…", null, false));
            }

            numbers.Add(new PageNumberView(Num(n), Url(n), n == number));
            last = n;
        }

        return new PagerView(
            label,
            words.Format("paging_status", ("number", Num(number)), ("count", Num(Count))),
            number > 1 ? new PagerLinkView(words["paging_previous_label"], words["paging_previous"], Url(number - 1), "prev") : null,
            number < Count ? new PagerLinkView(words["paging_next_label"], words["paging_next"], Url(number + 1), "next") : null,
            numbers);
    }

    private static string Num(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
