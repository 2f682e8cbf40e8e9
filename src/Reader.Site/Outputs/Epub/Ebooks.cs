using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using System.Xml;
using Reader.Content;
using Reader.Site.Model;
using Reader.Site.Views;

namespace Reader.Site.Outputs.Epub;

/// <summary>
/// The site's e-books: one EPUB of each article (beside its page), of each theme (beside the theme's page) and of
/// the whole collection (<see cref="SiteUrls.CollectionEpub"/>), with the same cleaned text as the pages. Each
/// article's chapter is made once per build and shared by every book it is in; a link between two articles of the
/// same book stays in the book, any other link leads to the site.
/// </summary>
/// <param name="inputDir">Where <c>images/</c> are read from, to be stored in the books.</param>
/// <param name="themeDir">Where <c>assets/</c> and the books' stylesheet (<c>epub/style.css</c>) are read from.</param>
/// <param name="kept">
/// An incremental session's chapters from earlier builds, reused while their article's stamp and the site's words are
/// unchanged: after one edit, the collection's book is made again from 999 kept chapters and one new one.
/// </param>
public sealed partial class Ebooks(ViewContext context, string inputDir, string themeDir, EbookChapters? kept = null)
{
    /// <summary>The books' stylesheet, in the theme folder (outside <c>assets/</c>, so the site does not publish it).</summary>
    public const string StylesheetPath = "epub/style.css";

    private static readonly Dictionary<string, string> ImageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".svg"] = "image/svg+xml",
    };

    private readonly ConcurrentDictionary<Article, Lazy<ArticleChapter>> _chapters = new(ReferenceEqualityComparer.Instance);
    private DeflatedFile? _stylesheet;

    /// <summary>Writes every book; a book whose articles and words are unchanged since the last build is not made again.</summary>
    public void Write(OutputWriter output)
    {
        var site = context.Model;
        var urls = context.Urls;
        if (site.Articles.Count == 0)
        {
            return;
        }

        var books = new List<(string Url, Func<object> Inputs, Func<EpubBook> Make)>
        {
            (urls.CollectionEpub, () => Inputs("collection", site.Title, site.Introduction, Newest(site.Articles)), Collection),
        };
        books.AddRange(site.Themes.Terms.Where(theme => theme.Articles.Count > 0).Select(theme => (urls.TermEpub(site.Themes.Name, theme.Slug), (Func<object>)(() => Inputs("theme", theme.Name, theme.Profile?.Body ?? "", Newest(theme.Articles))), (Func<EpubBook>)(() => Theme(theme)))));
        books.AddRange(site.Articles.Select(article => (urls.ArticleEpub(article.Slug), (Func<object>)(() => Inputs("article", article.Slug, "", [article])), (Func<EpubBook>)(() => Article(article)))));
        Parallel.ForEach(books, book => output.WriteBytes(urls.OutputPath(book.Url), book.Inputs, () => EpubPackage.Write(book.Make(), Stylesheet())));
    }

    public EpubBook Article(Article article)
    {
        var matter = article.Matter;
        var creators = article.Credits.Select(c => new EpubCreator(c.Person.Name, Relator(c.Role), c.Role is AuthorRole.Editor or AuthorRole.Translator)).Distinct().ToList();
        return Book(
            context.Urls.Absolute(context.ArticleUrl(article)),
            article.Title,
            matter.Language,
            creators,
            matter.Publisher ?? matter.OriginalPublisher,
            article.Date,
            matter.Summary,
            [.. article.Themes.Select(t => t.Name)],
            Uri.TryCreate(matter.SourceUrl, UriKind.Absolute, out _) ? matter.SourceUrl : null,
            [article],
            null);
    }

    public EpubBook Theme(Term theme)
    {
        var title = context.Words.Format("epub_theme_title", ("site", context.Model.Settings.SiteTitle), ("name", theme.Name));
        var introduction = Introduction(theme.Name, theme.Profile?.Description, theme.Profile?.Body, theme.Articles.Count);
        return Book(context.Urls.Absolute(context.TermUrl(context.Model.Themes, theme)), title, context.SiteLanguage, [], context.Model.Settings.SiteTitle,
            null, theme.Profile?.Description, [theme.Name], null, Newest(theme.Articles), introduction);
    }

    public EpubBook Collection()
    {
        var site = context.Model;
        var title = context.Words.Format("epub_collection_title", ("site", site.Settings.SiteTitle));
        var introduction = Introduction(site.Title, site.Description, site.Introduction, site.Articles.Count);
        return Book(context.Urls.Absolute(context.Urls.Home), title, context.SiteLanguage, [], site.Settings.SiteTitle,
            null, site.Description ?? site.Settings.SiteDescription, [.. site.Themes.Terms.Select(t => t.Name)], null, Newest(site.Articles), introduction);
    }

    /// <summary>
    /// The articles a theme's or the collection's book holds: the newest <see cref="ReaderSettings.EbookSize"/> (lists
    /// are newest first). A book of every article would grow with the collection, too large for a reader's device and
    /// for a build to hold; every article has its own book beside its page.
    /// </summary>
    private IReadOnlyList<Article> Newest(IReadOnlyList<Article> articles) =>
        articles.Count <= context.Model.Settings.EbookSize ? articles : [.. articles.Take(context.Model.Settings.EbookSize)];

    private EpubBook Book(
        string identifier, string title, string language, IReadOnlyList<EpubCreator> creators, string? publisher, DateOnly? date, string? description,
        IReadOnlyList<string> subjects, string? source, IReadOnlyList<Article> articles, EpubChapter? introduction)
    {
        var inBook = articles.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        var chapters = new List<EpubChapter>();
        if (introduction is not null)
        {
            chapters.Add(introduction);
        }

        var images = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var chapter = _chapters.GetOrAdd(article, a => new Lazy<ArticleChapter>(() => Kept(a))).Value;
            images.UnionWith(chapter.Images);
            var xhtml = chapter.For(inBook, (slug, held) => held ? slug + ".xhtml" : context.Urls.Absolute(context.Urls.Article(slug)));
            chapters.Add(new EpubChapter(article.Slug + ".xhtml", article.Title, article.Matter.Language, xhtml, context.Text(article).Sections));
        }

        var resources = images.Select(path => LocalImage(path) is { } file ? new EpubResource(path, ImageTypes[Path.GetExtension(path)], File.ReadAllBytes(file)) : null).OfType<EpubResource>().ToList();
        var modified = articles.Select(a => a.Date).Max();
        return new EpubBook(identifier, title, language, creators, publisher, date, description, subjects, source, modified, context.Words["epub_contents"], chapters, resources);
    }

    private ArticleChapter Kept(Article article)
    {
        if (kept is null)
        {
            return Render(article);
        }

        var key = context.Stamps.Of(article) + "\u001f" + context.Words.Key;
        if (kept.Get(article.Slug, key) is { } chapter)
        {
            return chapter;
        }

        chapter = Render(article);
        kept.Set(article.Slug, key, chapter);
        return chapter;
    }

    /// <summary>One article as a chapter: its heading (kind, title, subtitle, byline, date and publisher), standfirst, body and source.</summary>
    private ArticleChapter Render(Article article)
    {
        var matter = article.Matter;
        var words = context.Words;
        var siteLanguage = string.Equals(words.Language, matter.Language, StringComparison.OrdinalIgnoreCase) ? null : words.Language;
        var body = new XhtmlBody(context.Urls, LocalImage);
        var html = context.Bodies.Render(article, handOver: false);
        using var xhtml = new PooledStream(html.Length * 2 + 4096);
        EpubPackage.Xml(xhtml, xml =>
        {
            xml.WriteDocType("html", null, null, null);
            EpubPackage.XhtmlHead(xml, matter.Language, article.Title, "../style.css");
            xml.WriteStartElement("section", EpubPackage.XhtmlNamespace);
            xml.WriteAttributeString("epub", "type", EpubPackage.OpsNamespace, "chapter");
            xml.WriteStartElement("header", EpubPackage.XhtmlNamespace);
            xml.WriteElementString("h1", EpubPackage.XhtmlNamespace, article.Title);
            Paragraph(xml, "subtitle", matter.Subtitle, null);
            Paragraph(xml, "byline", Bylines.Text(Bylines.Segments(article, context.Urls, words)), siteLanguage);
            var dateline = string.Join(" · ", new[] { words.Date(article.Date), matter.Publisher }.OfType<string>());
            Paragraph(xml, "dateline", dateline, siteLanguage);
            xml.WriteEndElement();
            var text = context.Text(article);
            Paragraph(xml, "standfirst", string.IsNullOrWhiteSpace(matter.Summary) || text.SummaryInBody ? null : matter.Summary, null);
            body.Write(xml, html);
            if (Uri.TryCreate(matter.SourceUrl, UriKind.Absolute, out var source) && source.Scheme is "http" or "https")
            {
                xml.WriteStartElement("p", EpubPackage.XhtmlNamespace);
                xml.WriteAttributeString("class", "source");
                Language(xml, siteLanguage);
                xml.WriteString(words["read_original"] + " ");
                xml.WriteStartElement("a", EpubPackage.XhtmlNamespace);
                xml.WriteAttributeString("href", matter.SourceUrl!);
                xml.WriteString(matter.SourceUrl);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        });
        return new ArticleChapter(DeflatedFile.Of(xhtml.Written), ArticleLinkMarkers.Slugs(xhtml.Written), [.. body.Images]);
    }

    /// <summary>
    /// The collection's or theme's introduction, as the book's first chapter; none when there is nothing to say. Its
    /// file name has a '_', which no article's slug has. A book that holds only the newest articles says so.
    /// </summary>
    /// <param name="articles">How many articles the collection or theme has.</param>
    private EpubChapter? Introduction(string title, string? description, string? markdown, int articles)
    {
        var html = context.Markdown(markdown);
        var newest = articles > context.Model.Settings.EbookSize
            ? context.Words.Count("epub_newest", context.Model.Settings.EbookSize, ("total", articles.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : null;
        if (html is null && string.IsNullOrWhiteSpace(description) && newest is null)
        {
            return null;
        }

        var body = new XhtmlBody(context.Urls, _ => null);
        var xhtml = EpubPackage.Xml(xml =>
        {
            xml.WriteDocType("html", null, null, null);
            EpubPackage.XhtmlHead(xml, context.SiteLanguage, title, "../style.css");
            xml.WriteStartElement("section", EpubPackage.XhtmlNamespace);
            xml.WriteAttributeString("epub", "type", EpubPackage.OpsNamespace, "introduction");
            xml.WriteElementString("h1", EpubPackage.XhtmlNamespace, title);
            Paragraph(xml, "standfirst", description, null);
            Paragraph(xml, "note", newest, null);
            if (html is not null)
            {
                body.Write(xml, html);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        });

        // Links to articles in an introduction lead to the site: the introduction is not rewritten per book.
        var resolved = ArticleLink().Replace(System.Text.Encoding.UTF8.GetString(xhtml), m => $"href=\"{context.Urls.Absolute(context.Urls.Article(m.Groups[1].Value))}{m.Groups[2].Value}\"");
        return new EpubChapter("introduction_.xhtml", title, context.SiteLanguage, DeflatedFile.Of(System.Text.Encoding.UTF8.GetBytes(resolved)), []);
    }

    /// <summary>The file an image of the site is read from: <c>images/…</c> from the input folder, <c>assets/…</c> from the theme.</summary>
    private string? LocalImage(string path)
    {
        if (!ImageTypes.ContainsKey(Path.GetExtension(path)) || path.Split('/').Any(part => part is "" or "." or ".."))
        {
            return null;
        }

        var (root, rest) = path.StartsWith("images/", StringComparison.Ordinal) ? (inputDir, path)
            : path.StartsWith("assets/", StringComparison.Ordinal) ? (themeDir, path)
            : (null, path);
        if (root is null)
        {
            return null;
        }

        var file = Path.Combine(root, rest);
        return File.Exists(file) && FolderFiles.LinkOutside(file, root) is null ? file : null;
    }

    private DeflatedFile Stylesheet()
    {
        if (_stylesheet is null)
        {
            var path = Path.Combine(themeDir, StylesheetPath);
            var text = File.Exists(path) && FolderFiles.LinkOutside(path, themeDir) is null ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
            _stylesheet = DeflatedFile.Of(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return _stylesheet;
    }

    /// <summary>What a book is made from: its kind, name and introduction, the site's words and each article's stamp.</summary>
    private object Inputs(string kind, string name, string introduction, IEnumerable<Article> articles) =>
        new { kind, name, introduction, context.Words.Key, Articles = articles.Select(context.Stamps.Of) };

    private static void Paragraph(XmlWriter xml, string @class, string? text, string? language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        xml.WriteStartElement("p", EpubPackage.XhtmlNamespace);
        xml.WriteAttributeString("class", @class);
        Language(xml, language);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Language(XmlWriter xml, string? language)
    {
        if (language is not null)
        {
            xml.WriteAttributeString("lang", language);
            xml.WriteAttributeString("xml", "lang", null, language);
        }
    }

    /// <summary>MARC relator codes, which EPUB readers show as the person's role.</summary>
    private static string Relator(AuthorRole role) => role switch
    {
        AuthorRole.Interviewee => "ive",
        AuthorRole.Interviewer => "ivr",
        AuthorRole.Editor => "edt",
        AuthorRole.Translator => "trl",
        _ => "aut",
    };

    [GeneratedRegex("href=\"reader-article:([a-z0-9-]+)(#[^\"]*)?\"")]
    private static partial Regex ArticleLink();

}
