using Reader.Site.Model;
using Reader.Site.Rendering;

namespace Reader.Site.Views;

/// <summary>
/// The page at a renamed article's old address: it sends the browser on at once with a refresh (no script, so the
/// strict Content-Security-Policy holds), names the new address as canonical, and links to it for anyone it does not send.
/// </summary>
public static class RedirectPages
{
    public static Page Create(ViewContext context, string url, Article article)
    {
        var target = context.ArticleUrl(article);
        var title = context.Words.Format("redirect_title", ("title", article.Title));
        var view = new RedirectView(title, context.Words["redirect_text"], article.Title, target, article.Matter.Language);
        var meta = context.Meta("none", title, title, target) with { NoIndex = true, RefreshUrl = target };
        return new Page(PageKind.Redirect, url, meta, view);
    }

    /// <summary>What the page shows: the alias, the article's title and address, and the site's words.</summary>
    public static string Stamp(ViewContext context, string alias, Article article) =>
        string.Join('\u001f', "redirect", alias, article.Slug, article.Title, article.Matter.Language, context.Words.Key);
}
