using Reader.Content;
using Reader.Site.Model;

namespace Reader.Site.Incremental;

/// <summary>
/// The last site a session assembled and the inputs it came from. When the next build's inputs differ only in
/// article bodies (the usual edit while previewing), the site is patched: each changed article takes its new
/// body, and people, themes, slugs and order stay as they were, without resolving every article again.
/// </summary>
public sealed class SiteAssembly
{
    private SiteInputs? _inputs;
    private Model.Site? _site;
    private Article[] _articles = [];
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    /// <param name="articles">The site's articles in the order of <see cref="SiteInputs.Articles"/>.</param>
    /// <param name="diagnostics">What assembling reported (unknown themes, people named twice): a patched site reports it again.</param>
    internal void Remember(SiteInputs inputs, Model.Site site, Article[] articles, IReadOnlyList<Diagnostic> diagnostics)
    {
        _inputs = inputs;
        _site = site;
        _articles = articles;
        _diagnostics = diagnostics;
    }

    /// <summary>The last site with the new bodies, or null when anything but bodies changed.</summary>
    internal Model.Site? Patch(ReaderSettings settings, SiteInputs inputs, DiagnosticBag diagnostics)
    {
        if (_site is not { } site || _inputs is not { } last
            || !ReferenceEquals(settings, site.Settings)
            || !SameItems(inputs.Authors, last.Authors)
            || !SameItems(inputs.Themes, last.Themes)
            || !SameItems(inputs.People, last.People)
            || inputs.Articles.Count != last.Articles.Count)
        {
            return null;
        }

        var changed = new List<int>();
        for (var i = 0; i < inputs.Articles.Count; i++)
        {
            var (now, before) = (inputs.Articles[i], last.Articles[i]);
            if (ReferenceEquals(now, before))
            {
                continue;
            }

            // The same front matter text parses to the same values, so people, themes, slug and order still hold.
            if (now.File != before.File || !string.Equals(now.Head, before.Head, StringComparison.Ordinal))
            {
                return null;
            }

            changed.Add(i);
        }

        var articles = site.Articles.ToArray();
        foreach (var i in changed)
        {
            var old = _articles[i];
            var edited = old.WithBody(inputs.Articles[i].Markdown);
            articles[Array.IndexOf(articles, old)] = edited;

            // The terms are shared with the last site, which no build reads any more.
            foreach (var term in old.Credits.Select(c => c.Person).Distinct().Concat(old.Themes))
            {
                term.Replace(old, edited);
            }

            _articles[i] = edited;
        }

        diagnostics.AddRange(_diagnostics);
        _inputs = inputs;
        return _site = site with { Articles = articles };
    }

    private static bool SameItems<T>(IReadOnlyList<T> now, IReadOnlyList<T> before)
        where T : class =>
        now.Count == before.Count && now.Zip(before).All(pair => ReferenceEquals(pair.First, pair.Second));
}
