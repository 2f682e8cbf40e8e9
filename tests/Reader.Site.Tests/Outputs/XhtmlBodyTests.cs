using System.Text;
using Reader.Content;
using Reader.Site.Outputs.Epub;
using Reader.Site.Text;

namespace Reader.Site.Tests.Outputs;

/// <summary>
/// A chapter's body is written from its tags when <see cref="BodyHtml"/> reads them, and from AngleSharp's parse
/// otherwise: both ways give the same XHTML, and the renderer's ordinary bodies take the first.
/// </summary>
public sealed class XhtmlBodyTests
{
    private static readonly SiteUrls Urls = new(new ReaderSettings());

    public static TheoryData<string> Plain => new()
    {
        "<p id=\"p-1\">Text &amp; more &lt;tags&gt; &quot;quoted&quot; and&nbsp;space, &#8617; &#x2014; &#39;.</p>\n",
        "<h2 id=\"a\">Title</h2>\n<p>See <a href=\"/articles/other/#p-1\">other</a>, <a href=\"/themes/x/\">a theme</a> and <a href=\"https://example.org/?a=1&amp;b=2\" rel=\"noopener noreferrer\">away</a>.</p>\n",
        "<ul>\n<li>One<ul>\n<li>Nested</li>\n</ul>\n</li>\n<li><p>Loose</p>\n</li>\n</ul>\n<ol start=\"3\">\n<li>Three</li>\n</ol>\n",
        "<table>\n<thead>\n<tr>\n<th style=\"text-align: left;\">A</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1 <em>em</em></td>\n</tr>\n</tbody>\n</table>\n",
        "<pre><code class=\"language-cs\">var x = 1 &lt; 2;\n</code></pre>\n<blockquote>\n<p>Quoted<br />\nline</p>\n</blockquote>\n<hr />\n",
        "<figure>\n<p><img src=\"/images/map.png\" alt=\"A map\" loading=\"lazy\" decoding=\"async\" width=\"64\" height=\"48\" /></p>\n<figcaption>The islands</figcaption>\n</figure>\n",
        "<p><img src=\"https://elsewhere.example/x.png\" alt=\"\"> and <img src=\"/images/missing.png\" alt=\"Gone\"></p>",
        "<div lang=\"ru\"><p>Текст <span lang=\"ja\">日本語</span> 😀</p></div><dl><dt>Term</dt><dd>Meaning</dd></dl>",
        "<p>Note<sup id=\"fnref:1\"><a class=\"footnote-ref\" href=\"#fn:1\">1</a></sup></p>\n<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn:1\">\n<p>The note. <a class=\"footnote-back-ref\" href=\"#fnref:1\">&#8617;</a></p>\n</li>\n</ol>\n</div>\n",
        "<h2><span>A</span></h2><h3>B <code>c</code> <strong><em>d</em></strong> <del>e</del> <mark>f</mark> <sub>g</sub><sup>h</sup></h3>",
        "Text at the top, > a stray bracket, and a tab\there.",
        "",
    };

    // Each is something an HTML parser reads otherwise than as written, or that BodyHtml does not know.
    public static TheoryData<string> Parsed => new()
    {
        "<p>A <!-- comment --> B</p>",
        "<p>An &copy; entity</p>",
        "<p>A bare & ampersand</p>",
        "<p>A reference &#128; in the C1 range</p>",
        "<p>Unclosed",
        "<p><b>Mis</p></b>",
        "<p>A block <div>inside</div></p>",
        "<p>A paragraph <p>in a paragraph</p></p>",
        "<table><tr><td>A row outside a section</td></tr></table>",
        "<table><tbody>Text in a table<tr><td>x</td></tr></tbody></table>",
        "<p>A carriage\r\nreturn</p>",
        "<P>Upper case</P>",
        "<p CLASS=\"x\">Upper-case attribute</p>",
        "<p class=\"a\" class=\"b\">Duplicate attributes</p>",
        "<pre>\nA line break after pre</pre>",
        "<p class='single'>Single quotes</p>",
        "<p class=bare>Unquoted</p>",
        "<ol reversed><li>Attribute without value</li></ol>",
        "<ul><li>One<li>Two</ul>",
        "<dl><dt>Term<dd>Meaning</dl>",
        "<h2>Heading <h3>in a heading</h3></h2>",
        "<a href=\"/x/\">A link <a href=\"/y/\">in a link</a></a>",
        "<p>An end tag </br> of a void element</p>",
        "<div/>Self-closing div",
        "<p>A NUL \0 character</p>",
        "<ruby>漢<rt>kan</rt></ruby>",
        "<p>A < b</p>",
        "<p data-x=\"1\">An unknown attribute</p>",
        "<custom-element>Unknown</custom-element>",
        "<br></br>",
    };

    [Theory]
    [MemberData(nameof(Plain))]
    public void Plain_html_is_written_from_its_tags_as_the_parse_writes_it(string html)
    {
        Assert.NotNull(BodyHtml.Read(html));
        Assert.Equal(Parse(html), Fast(html));
    }

    [Theory]
    [MemberData(nameof(Parsed))]
    public void Html_a_parser_reads_otherwise_is_left_to_the_parser(string html)
    {
        Assert.Null(BodyHtml.Read(html));
        Assert.Equal(Parse(html), Written(html));
    }

    [Fact]
    public void The_renderers_ordinary_bodies_are_read_from_their_tags()
    {
        var markdown = """
            ## A section

            A paragraph with *emphasis*, **strong**, `code`, ~~struck~~, a [link](/articles/other/) and "quotes" -- and a footnote[^1].

            - A list
              1. Nested
            - With <span lang="ja">日本語</span>

            | A | B |
            |:--|--:|
            | 1 | 2 |

            > A quotation
            > over two lines

            ```
            code & <brackets>
            ```

            ![A map](/images/map.png "Islands")

            <div lang="ru">Абзац на русском.</div>

            [^1]: The note.
            """;
        var document = ArticleMarkdown.Parse(markdown);
        HeadingAnchors.Apply(document);
        PassageAnchors.Apply(document);
        PassageAnchors.AddLinks(document, "Link to this paragraph", null);
        var html = ArticleMarkdown.ToHtml(document);

        Assert.NotNull(BodyHtml.Read(html));
        Assert.Equal(Parse(html), Fast(html));
    }

    /// <summary>
    /// Random bodies from pieces of plain and tricky markup: whenever the tags are read, the chapter is what the parse
    /// makes of the same HTML. Deterministic (a fixed seed), so a failure names its body.
    /// </summary>
    [Fact]
    public void Random_markup_read_from_its_tags_is_written_as_the_parse_writes_it()
    {
        string[] pieces =
        [
            "<p>", "</p>", "<div>", "</div>", "<div lang=\"ru\">", "<span>", "</span>", "<em>", "</em>", "<b>", "</b>", "<a href=\"/articles/x/#p-1\">",
            "<a href=\"#fn:1\">", "</a>", "<ul>", "</ul>", "<ol>", "</ol>", "<li>", "</li>", "<dl>", "</dl>", "<dt>", "</dt>", "<dd>", "</dd>",
            "<h2 id=\"h\">", "</h2>", "<h3>", "</h3>", "<blockquote>", "</blockquote>", "<pre>", "</pre>", "<code>", "</code>", "<br>", "<br />",
            "<hr />", "<img src=\"/images/map.png\" alt=\"m\">", "<table>", "</table>", "<tbody>", "</tbody>", "<thead>", "</thead>", "<tr>",
            "</tr>", "<td>", "</td>", "<th>", "</th>", "<section>", "</section>", "<figure>", "</figure>", "<figcaption>", "</figcaption>",
            "text", " ", "\n", "\t", "&amp;", "&lt;", "&nbsp;", "&#8617;", "&#x41;", "&copy;", "&", "<", ">", "\"", "\r", "Текст", "😀",
            "<!-- c -->", "<P>", "<p/>", "<i>", "</i>", "<q>", "</q>", "<wbr>", "</br>",
        ];
        var random = new Random(1822);
        var read = 0;
        for (var n = 0; n < 5000; n++)
        {
            var html = new StringBuilder();
            var stack = new Stack<string>();
            for (var k = random.Next(1, 14); k > 0; k--)
            {
                // Mostly well nested (closing what was opened last), so that many bodies are read from their tags.
                if (stack.Count > 0 && random.Next(3) == 0)
                {
                    html.Append("</" + stack.Pop() + ">");
                    continue;
                }

                var piece = pieces[random.Next(pieces.Length)];
                html.Append(piece);
                if (piece.Length > 2 && piece[0] == '<' && char.IsAsciiLetterLower(piece[1]) && !piece.EndsWith("/>", StringComparison.Ordinal) && piece[1..].TakeWhile(char.IsAsciiLetterOrDigit).ToArray() is { Length: > 0 } name
                    && new string(name) is not ("br" or "hr" or "img" or "wbr"))
                {
                    stack.Push(new string(name));
                }
            }

            while (stack.Count > 0 && random.Next(4) != 0)
            {
                html.Append("</" + stack.Pop() + ">");
            }

            var body = html.ToString();
            if (BodyHtml.Read(body) is not null)
            {
                read++;
                Assert.True(Parse(body) == Fast(body), $"written otherwise than parsed: {body}");
            }
        }

        Assert.InRange(read, 250, 4900);
    }

    private static string Fast(string html) => Xml(body => (xml, html) => body.Write(xml, BodyHtml.Read(html)!), html);

    private static string Parse(string html) => Xml(body => body.WriteParsed, html);

    private static string Written(string html) => Xml(body => body.Write, html);

    private static string Xml(Func<XhtmlBody, Action<System.Xml.XmlWriter, string>> write, string html)
    {
        var body = new XhtmlBody(Urls, path => path == "images/map.png" ? "/input/images/map.png" : null);
        var bytes = EpubPackage.Xml(xml =>
        {
            xml.WriteStartElement("body", EpubPackage.XhtmlNamespace);
            write(body)(xml, html);
            xml.WriteEndElement();
        });
        return Encoding.UTF8.GetString(bytes) + "\nimages: " + string.Join(",", body.Images);
    }
}
