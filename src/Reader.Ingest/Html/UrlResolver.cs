namespace Reader.Ingest.Html;

/// <summary>Makes links and image sources absolute against the page's address, and safe inside Markdown's <c>(…)</c>.</summary>
public sealed class UrlResolver(Uri? baseUri)
{
    public Uri? BaseUri => baseUri;

    /// <summary>The absolute address, or null for script links and anchors that lead nowhere.</summary>
    public string? Resolve(string? href)
    {
        href = href?.Trim();
        if (string.IsNullOrEmpty(href) || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || href == "#")
        {
            return null;
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto" or "ftp")
        {
            return Safe(absolute.AbsoluteUri);
        }

        if (baseUri is not null && Uri.TryCreate(baseUri, href, out var resolved))
        {
            return Safe(resolved.AbsoluteUri);
        }

        // No address known for the page: keep the link as the page wrote it.
        return Safe(href);
    }

    private static string Safe(string url) =>
        url.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
}
