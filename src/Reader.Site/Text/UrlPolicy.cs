namespace Reader.Site.Text;

/// <summary>
/// Which URLs content may carry. Only http, https and mailto, or relative addresses: <c>javascript:</c>,
/// <c>data:</c>, <c>vbscript:</c> and every other scheme are refused, however they are spelt.
/// </summary>
public static class UrlPolicy
{
    public static bool IsSafe(string? url)
    {
        if (url is null)
        {
            return false;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"): so must we.
        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }

        var delimiter = compact.IndexOfAny(['/', '?', '#']);
        if (delimiter >= 0 && delimiter < colon)
        {
            return true; // a colon after the path starts ("/a:b", "?q=a:b") is not a scheme
        }

        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    /// <summary>True for absolute web addresses: they lead off the site, which links to itself with root-relative ones.</summary>
    public static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>An image over plain http would be mixed content on an https site: ask for it over https.</summary>
    public static string UpgradeImage(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "https://" + url["http://".Length..] : url;
}
