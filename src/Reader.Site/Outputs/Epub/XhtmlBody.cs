using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Reader.Site.Outputs.Epub;

/// <summary>
/// Writes rendered HTML (the one sanitised renderer's output) into an XHTML document, element by element through an
/// <see cref="XmlWriter"/>, so the chapter is well-formed XML whatever the HTML was: void elements closed, entities
/// as characters, <c>lang</c> doubled as <c>xml:lang</c>. Addresses are made to work inside the book: a link to an
/// article becomes a <see cref="ArticleLinkScheme"/> marker that each book resolves (to its own chapter, or to the
/// site), other links on the site become absolute, and images on the site are stored in the book.
/// </summary>
public sealed class XhtmlBody(SiteUrls urls, Func<string, string?> localImage)
{
    /// <summary>Stands for a link to an article until a book knows whether the article is one of its chapters.</summary>
    public const string ArticleLinkScheme = "reader-article:";

    // Attributes for the page in a browser, which EPUB's XHTML does not know or needs differently.
    private static readonly HashSet<string> DroppedAttributes = new(StringComparer.Ordinal) { "loading", "decoding", "srcset", "sizes", "fetchpriority" };

    private static readonly HtmlParser Parser = new();

    /// <summary>The images on the site this body showed, as paths under the output folder's root (<c>images/map.jpg</c>).</summary>
    public SortedSet<string> Images { get; } = new(StringComparer.Ordinal);

    public void Write(XmlWriter xml, string html)
    {
        if (BodyHtml.Read(html) is { } body)
        {
            Write(xml, body);
        }
        else
        {
            WriteParsed(xml, html);
        }
    }

    /// <summary>Writes the body from its tags: what an HTML parser would make of them, without making a document.</summary>
    public void Write(XmlWriter xml, BodyHtml body)
    {
        foreach (var token in body.Tokens)
        {
            switch (token.Kind)
            {
                case HtmlTokenKind.Text:
                    xml.WriteString(token.Value);
                    break;
                case HtmlTokenKind.Start:
                    WriteStart(xml, token.Value, body.Attributes(token));
                    break;
                case HtmlTokenKind.End:
                    // <p></p> rather than <p />, which an HTML reader would take for an unclosed paragraph.
                    xml.WriteFullEndElement();
                    break;
            }
        }
    }

    /// <summary>Writes the body from AngleSharp's parse of it: for HTML <see cref="BodyHtml"/> does not read.</summary>
    public void WriteParsed(XmlWriter xml, string html)
    {
        var document = Parser.ParseDocument("<!doctype html><html><body>" + html);
        foreach (var node in document.Body!.ChildNodes)
        {
            Write(xml, node);
        }
    }

    private void Write(XmlWriter xml, INode node)
    {
        switch (node)
        {
            case IText text:
                xml.WriteString(text.Data);
                break;
            case IElement element:
                WriteStart(xml, element.LocalName, [.. element.Attributes.Select(a => new KeyValuePair<string, string>(a.Name, a.Value))]);
                if (!IsVoid(element.LocalName))
                {
                    foreach (var child in element.ChildNodes)
                    {
                        Write(xml, child);
                    }

                    xml.WriteFullEndElement();
                }

                break;
        }
    }

    /// <summary>Opens an element, or writes the whole of a void one (an image, a line break).</summary>
    private void WriteStart(XmlWriter xml, string name, ReadOnlySpan<KeyValuePair<string, string>> attributes)
    {
        if (name == "img")
        {
            var src = Attribute(attributes, "src");
            var alt = Attribute(attributes, "alt");
            if (Image(src) is { } stored)
            {
                xml.WriteStartElement("img", EpubPackage.XhtmlNamespace);
                xml.WriteAttributeString("src", "../" + stored);
                xml.WriteAttributeString("alt", alt ?? "");
                WriteAttributes(xml, attributes, skipSourceAndText: true);
                xml.WriteEndElement();
            }
            else
            {
                // A book may not show an image from elsewhere: a link to it stands in, named by its description.
                xml.WriteStartElement("a", EpubPackage.XhtmlNamespace);
                xml.WriteAttributeString("href", Absolute(src ?? ""));
                xml.WriteString(alt is { Length: > 0 } ? alt : src);
                xml.WriteEndElement();
            }

            return;
        }

        xml.WriteStartElement(name, EpubPackage.XhtmlNamespace);
        WriteAttributes(xml, attributes, skipSourceAndText: false);
        if (IsVoid(name))
        {
            xml.WriteEndElement();
        }
    }

    private void WriteAttributes(XmlWriter xml, ReadOnlySpan<KeyValuePair<string, string>> attributes, bool skipSourceAndText)
    {
        foreach (var (name, value) in attributes)
        {
            if (DroppedAttributes.Contains(name) || skipSourceAndText && name is "src" or "alt" || !IsXmlName(name))
            {
                continue;
            }

            var written = name == "href" ? Href(value) : value;
            xml.WriteAttributeString(name, written);
            if (name == "lang")
            {
                xml.WriteAttributeString("xml", "lang", null, written);
            }
        }
    }

    private static string? Attribute(ReadOnlySpan<KeyValuePair<string, string>> attributes, string name)
    {
        foreach (var (key, value) in attributes)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A fragment stays; a link to an article becomes the marker; any other address on the site becomes absolute.</summary>
    private string Href(string href)
    {
        if (href.StartsWith('#') || !href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return href;
        }

        var articles = urls.Root + "/articles/";
        if (href.StartsWith(articles, StringComparison.Ordinal))
        {
            var rest = href[articles.Length..];
            var slash = rest.IndexOf('/');
            var fragment = rest.IndexOf('#');
            if (slash > 0 && (slash == rest.Length - 1 || rest[slash + 1] == '#'))
            {
                return ArticleLinkScheme + rest[..slash] + (fragment > slash ? rest[fragment..] : "");
            }
        }

        return urls.Absolute(href);
    }

    private string Absolute(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? urls.Absolute(url) : url;

    /// <summary>The path the image is stored at in the book, when it is a file of the site that can be read.</summary>
    private string? Image(string? src)
    {
        if (src is null || !src.StartsWith(urls.Root + "/", StringComparison.Ordinal) || src.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(src[(urls.Root.Length + 1)..].Split('?', '#')[0]);
        if (localImage(path) is null)
        {
            return null;
        }

        Images.Add(path);
        return path;
    }

    private static bool IsVoid(string name) => name is "br" or "hr" or "img" or "wbr" or "col" or "source" or "track" or "area" or "input" or "meta" or "link";

    private static bool IsXmlName(string name)
    {
        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
