using System.Text;

namespace Reader.Site.Outputs.Epub;

/// <summary>
/// Finds the links to articles a chapter's XHTML holds as markers (<c>href="reader-article:slug#fragment"</c>, see
/// <see cref="XhtmlBody.ArticleLinkScheme"/>) and resolves them, in the chapter's UTF-8 bytes: a chapter is resolved
/// once for each set of linked articles a book holds, and decoding it to a string to run a pattern and encoding it
/// back made more garbage than the rest of the chapter's making.
/// </summary>
public static class ArticleLinkMarkers
{
    private static ReadOnlySpan<byte> Marker => "href=\"reader-article:"u8;

    /// <summary>The slugs of the articles linked to, each once, in ordinal order.</summary>
    public static List<string> Slugs(ReadOnlySpan<byte> xhtml)
    {
        var slugs = new SortedSet<string>(StringComparer.Ordinal);
        for (var at = 0; Next(xhtml, at) is var (start, slug, _, end) && start >= 0; at = end)
        {
            slugs.Add(Encoding.ASCII.GetString(xhtml.Slice(slug.Start, slug.Length)));
        }

        return [.. slugs];
    }

    /// <summary>Writes the chapter with each marker replaced by <c>href="…"</c>: the target <paramref name="href"/> gives the slug, then the fragment.</summary>
    public static void Resolve(ReadOnlySpan<byte> xhtml, Func<string, string> href, Stream output)
    {
        var at = 0;
        while (Next(xhtml, at) is var (start, slug, fragment, end) && start >= 0)
        {
            output.Write(xhtml[at..start]);
            output.Write("href=\""u8);
            var target = href(Encoding.ASCII.GetString(xhtml.Slice(slug.Start, slug.Length)));
            output.Write(Encoding.UTF8.GetBytes(target));
            output.Write(xhtml.Slice(fragment.Start, fragment.Length));
            output.Write("\""u8);
            at = end;
        }

        output.Write(xhtml[at..]);
    }

    /// <summary>
    /// The next marker from <paramref name="from"/>: where it starts, its slug's and fragment's bytes and where it ends,
    /// matched as <c>href="reader-article:([a-z0-9-]+)(#[^"]*)?"</c> would be; a start of -1 when there is none.
    /// </summary>
    private static (int Start, (int Start, int Length) Slug, (int Start, int Length) Fragment, int End) Next(ReadOnlySpan<byte> xhtml, int from)
    {
        while (from < xhtml.Length)
        {
            var found = xhtml[from..].IndexOf(Marker);
            if (found < 0)
            {
                break;
            }

            var start = from + found;
            var slugStart = start + Marker.Length;
            var i = slugStart;
            while (i < xhtml.Length && (char.IsAsciiLetterLower((char)xhtml[i]) || char.IsAsciiDigit((char)xhtml[i]) || xhtml[i] == '-'))
            {
                i++;
            }

            var slugEnd = i;
            if (i > slugStart && i < xhtml.Length && xhtml[i] == '#')
            {
                var quote = xhtml[i..].IndexOf((byte)'"');
                i = quote < 0 ? xhtml.Length : i + quote;
            }

            if (slugEnd > slugStart && i < xhtml.Length && xhtml[i] == '"')
            {
                return (start, (slugStart, slugEnd - slugStart), (slugEnd, i - slugEnd), i + 1);
            }

            from = start + 1;
        }

        return (-1, default, default, -1);
    }
}
