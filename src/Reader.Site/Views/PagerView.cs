namespace Reader.Site.Views;

/// <summary>The links between the pages of a long list (see <see cref="Paging"/>), for the <c>pager</c> partial.</summary>
/// <param name="Label">The navigation's accessible name.</param>
/// <param name="Summary">"Page 2 of 7".</param>
/// <param name="Numbers">The first and last pages and those around this one, with gaps between.</param>
public sealed record PagerView(string Label, string Summary, PagerLinkView? Previous, PagerLinkView? Next, IReadOnlyList<PageNumberView> Numbers);
