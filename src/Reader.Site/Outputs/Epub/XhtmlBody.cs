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
            case IElement { LocalName: "img" } image when Image(image) is { } stored:
                xml.WriteStartElement("img", EpubPackage.XhtmlNamespace);
                xml.WriteAttributeString("src", "../" + stored);
                xml.WriteAttributeString("alt", image.GetAttribute("alt") ?? "");
                WriteAttributes(xml, image, except: ["src", "alt"]);
                xml.WriteEndElement();
                break;
            case IElement { LocalName: "img" } image:
                // A book may not show an image from elsewhere: a link to it stands in, named by its description.
                xml.WriteStartElement("a", EpubPackage.XhtmlNamespace);
                xml.WriteAttributeString("href", Absolute(image.GetAttribute("src") ?? ""));
                xml.WriteString(image.GetAttribute("alt") is { Length: > 0 } alt ? alt : image.GetAttribute("src"));
                xml.WriteEndElement();
                break;
            case IElement element:
                xml.WriteStartElement(element.LocalName, EpubPackage.XhtmlNamespace);
                WriteAttributes(xml, element, except: []);
                foreach (var child in element.ChildNodes)
                {
                    Write(xml, child);
                }

                // <p></p> rather than <p />, which an HTML reader would take for an unclosed paragraph.
                if (!IsVoid(element.LocalName))
                {
                    xml.WriteFullEndElement();
                }
                else
                {
                    xml.WriteEndElement();
                }

                break;
        }
    }

    private void WriteAttributes(XmlWriter xml, IElement element, string[] except)
    {
        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name;
            if (DroppedAttributes.Contains(name) || except.Contains(name) || !IsXmlName(name))
            {
                continue;
            }

            var value = name == "href" ? Href(attribute.Value) : attribute.Value;
            xml.WriteAttributeString(name, value);
            if (name == "lang")
            {
                xml.WriteAttributeString("xml", "lang", null, value);
            }
        }
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
    private string? Image(IElement image)
    {
        var src = image.GetAttribute("src");
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
