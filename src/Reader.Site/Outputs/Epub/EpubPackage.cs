using System.Globalization;
using System.Text;
using System.Xml;

namespace Reader.Site.Outputs.Epub;

/// <summary>
/// Writes an <see cref="EpubBook"/> as an EPUB 3 file: a zip whose first entry is the uncompressed <c>mimetype</c>,
/// then the container, the package document, the navigation document, the stylesheet, the chapters and images.
/// Every entry has the same fixed time (<see cref="ZipWriter"/>) and the entries a fixed order, so the same book is the same bytes.
/// </summary>
public static class EpubPackage
{
    public const string MediaType = "application/epub+zip";

    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public const string OpsNamespace = "http://www.idpf.org/2007/ops";

    private const string OpfNamespace = "http://www.idpf.org/2007/opf";

    private const string DcNamespace = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <param name="stylesheet">The books' stylesheet, deflated once for all of them.</param>
    private static readonly Lazy<byte[]> Container = new(() => Xml(WriteContainer));

    public static ReadOnlyMemory<byte> Write(EpubBook book, DeflatedFile stylesheet)
    {
        var zip = new ZipWriter();
        // The small files of each book are stored as they are: deflating a kilobyte costs more than it saves, as each
        // deflate stream starts by clearing some hundreds of kilobytes of tables.
        zip.AddStored("mimetype", Encoding.ASCII.GetBytes(MediaType));
        zip.AddStored("META-INF/container.xml", Container.Value);
        zip.AddStored("EPUB/package.opf", Xml(xml => WritePackage(xml, book)));
        zip.AddStored("EPUB/nav.xhtml", Xml(xml => WriteNavigation(xml, book)));
        zip.Add("EPUB/style.css", stylesheet);
        foreach (var chapter in book.Chapters)
        {
            zip.Add("EPUB/text/" + chapter.FileName, chapter.Xhtml);
        }

        foreach (var resource in book.Resources)
        {
            zip.Add("EPUB/" + resource.FileName, DeflatedFile.Of(resource.Bytes));
        }

        return zip.Finish();
    }

    /// <summary>An XmlWriter for XHTML and package files: UTF-8 without BOM, no indentation (it would change the text of mixed content).</summary>
    public static byte[] Xml(Action<XmlWriter> write)
    {
        var stream = new MemoryStream();
        Xml(stream, write);
        return stream.ToArray();
    }

    /// <summary>As <see cref="Xml(Action{XmlWriter})"/>, into <paramref name="stream"/>.</summary>
    public static void Xml(Stream stream, Action<XmlWriter> write)
    {
        using (var writer = new CleanXmlWriter(XmlWriter.Create(stream, XmlSettings)))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteContainer(XmlWriter xml)
    {
        xml.WriteStartElement("container", "urn:oasis:names:tc:opendocument:xmlns:container");
        xml.WriteAttributeString("version", "1.0");
        xml.WriteStartElement("rootfiles");
        xml.WriteStartElement("rootfile");
        xml.WriteAttributeString("full-path", "EPUB/package.opf");
        xml.WriteAttributeString("media-type", "application/oebps-package+xml");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WritePackage(XmlWriter xml, EpubBook book)
    {
        xml.WriteStartElement("package", OpfNamespace);
        xml.WriteAttributeString("version", "3.0");
        xml.WriteAttributeString("unique-identifier", "book-id");
        xml.WriteAttributeString("xml", "lang", null, book.Language);
        xml.WriteStartElement("metadata");
        xml.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        Dc(xml, "identifier", book.Identifier, "book-id");
        Dc(xml, "title", book.Title);
        Dc(xml, "language", book.Language);
        foreach (var (creator, index) in book.Creators.Select((c, i) => (c, i + 1)))
        {
            var id = "creator-" + index.ToString(CultureInfo.InvariantCulture);
            Dc(xml, creator.IsContributor ? "contributor" : "creator", creator.Name, id);
            xml.WriteStartElement("meta");
            xml.WriteAttributeString("refines", "#" + id);
            xml.WriteAttributeString("property", "role");
            xml.WriteAttributeString("scheme", "marc:relators");
            xml.WriteString(creator.Role);
            xml.WriteEndElement();
        }

        if (book.Publisher is { } publisher)
        {
            Dc(xml, "publisher", publisher);
        }

        if (book.Date is { } date)
        {
            Dc(xml, "date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (book.Description is { } description)
        {
            Dc(xml, "description", description);
        }

        foreach (var subject in book.Subjects)
        {
            Dc(xml, "subject", subject);
        }

        if (book.Source is { } source)
        {
            Dc(xml, "source", source);
        }

        xml.WriteStartElement("meta");
        xml.WriteAttributeString("property", "dcterms:modified");
        xml.WriteString((book.Modified ?? EpubBook.UndatedModified).ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("manifest");
        Item(xml, "nav", "nav.xhtml", "application/xhtml+xml", "nav");
        Item(xml, "style", "style.css", "text/css");
        foreach (var (chapter, index) in book.Chapters.Select((c, i) => (c, i + 1)))
        {
            Item(xml, ChapterId(index), "text/" + chapter.FileName, "application/xhtml+xml");
        }

        foreach (var (resource, index) in book.Resources.Select((r, i) => (r, i + 1)))
        {
            Item(xml, "image-" + index.ToString(CultureInfo.InvariantCulture), resource.FileName, resource.MediaType);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("spine");
        for (var index = 1; index <= book.Chapters.Count; index++)
        {
            xml.WriteStartElement("itemref");
            xml.WriteAttributeString("idref", ChapterId(index));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>The table of contents: each chapter, and each chapter's sections under it.</summary>
    private static void WriteNavigation(XmlWriter xml, EpubBook book)
    {
        xml.WriteDocType("html", null, null, null);
        XhtmlHead(xml, book.Language, book.ContentsTitle, "style.css");
        xml.WriteStartElement("nav", XhtmlNamespace);
        xml.WriteAttributeString("epub", "type", OpsNamespace, "toc");
        xml.WriteAttributeString("id", "toc");
        xml.WriteElementString("h1", XhtmlNamespace, book.ContentsTitle);
        xml.WriteStartElement("ol", XhtmlNamespace);
        foreach (var chapter in book.Chapters)
        {
            xml.WriteStartElement("li", XhtmlNamespace);
            Link(xml, "text/" + chapter.FileName, chapter.Title, chapter.Language == book.Language ? null : chapter.Language);
            if (chapter.Sections.Count > 0)
            {
                xml.WriteStartElement("ol", XhtmlNamespace);
                foreach (var section in chapter.Sections)
                {
                    xml.WriteStartElement("li", XhtmlNamespace);
                    Link(xml, $"text/{chapter.FileName}#{section.Id}", section.Text, chapter.Language == book.Language ? null : chapter.Language);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Opens <c>html</c> and writes its <c>head</c>, then opens <c>body</c>: the caller closes both.</summary>
    public static void XhtmlHead(XmlWriter xml, string language, string title, string stylesheet)
    {
        xml.WriteStartElement("html", XhtmlNamespace);
        xml.WriteAttributeString("xmlns", "epub", null, OpsNamespace);
        xml.WriteAttributeString("lang", language);
        xml.WriteAttributeString("xml", "lang", null, language);
        xml.WriteStartElement("head", XhtmlNamespace);
        xml.WriteStartElement("meta", XhtmlNamespace);
        xml.WriteAttributeString("charset", "utf-8");
        xml.WriteEndElement();
        xml.WriteElementString("title", XhtmlNamespace, title);
        xml.WriteStartElement("link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "stylesheet");
        xml.WriteAttributeString("type", "text/css");
        xml.WriteAttributeString("href", stylesheet);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("body", XhtmlNamespace);
    }

    private static void Link(XmlWriter xml, string href, string text, string? language)
    {
        xml.WriteStartElement("a", XhtmlNamespace);
        xml.WriteAttributeString("href", href);
        if (language is not null)
        {
            xml.WriteAttributeString("lang", language);
            xml.WriteAttributeString("xml", "lang", null, language);
        }

        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static string ChapterId(int index) => "chapter-" + index.ToString(CultureInfo.InvariantCulture);

    private static void Dc(XmlWriter xml, string name, string value, string? id = null)
    {
        xml.WriteStartElement("dc", name, DcNamespace);
        if (id is not null)
        {
            xml.WriteAttributeString("id", id);
        }

        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void Item(XmlWriter xml, string id, string href, string mediaType, string? properties = null)
    {
        xml.WriteStartElement("item");
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("media-type", mediaType);
        if (properties is not null)
        {
            xml.WriteAttributeString("properties", properties);
        }

        xml.WriteEndElement();
    }
}
