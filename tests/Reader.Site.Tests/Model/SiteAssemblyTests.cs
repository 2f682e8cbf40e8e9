using Reader.Content;
using Reader.Site.Incremental;
using Reader.Site.Model;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Model;

/// <summary>
/// A session patches its last site when only article bodies changed, and assembles a new one for any other
/// change; either way the site must be what loading from scratch gives.
/// </summary>
public sealed class SiteAssemblyTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ReaderSettings _settings = new();
    private readonly InputCache _cache = new();
    private readonly SiteAssembly _assembly = new();

    public SiteAssemblyTests()
    {
        foreach (var (path, content) in MiniSite.Sections("""
            -- input/themes/china-factor.md --
            ---
            title: The China factor
            ---
            -- input/articles/first.md --
            ---
            title: First
            authors: [Jane Roe, John Doe]
            date: 2020-01-02
            themes: [china-factor, arctic]
            ---
            The first article's text.
            -- input/articles/second.md --
            ---
            title: Second
            authors: [John Doe]
            date: 2021-03-04
            themes: [china-factor]
            ---
            The second article's text.
            """))
        {
            _folder.Write(path, content);
        }
    }

    [Fact]
    public void A_body_edit_patches_the_last_site_and_gives_what_a_fresh_load_gives()
    {
        var before = Load(out _);
        _folder.Write("input/articles/first.md", _folder.Read("input/articles/first.md").Replace("first article's text", "first article, edited", StringComparison.Ordinal));

        var after = Load(out var diagnostics);

        Assert.Same(before.Themes.Terms.Single(), after.Themes.Terms.Single());
        Assert.Same(before.Articles.Single(a => a.Slug == "second"), after.Articles.Single(a => a.Slug == "second"));
        var edited = after.Articles.Single(a => a.Slug == "first");
        Assert.Contains("first article, edited", edited.ReadMarkdown(), StringComparison.Ordinal);
        Assert.All(edited.Credits.Select(c => c.Person).Concat(edited.Themes), term => Assert.Contains(edited, term.Articles));
        Assert.Equal(Describe(FreshLoad(out var fresh)), Describe(after));

        // The unknown theme is reported again, though nothing was resolved again.
        Assert.Equal(fresh.Items, diagnostics.Items);
        Assert.Contains(diagnostics.Items, d => d.Message == "unknown theme 'arctic'");
    }

    [Theory]
    [InlineData("title: First", "title: First, retitled")]
    [InlineData("authors: [Jane Roe, John Doe]", "authors: [Jane Roe]")]
    [InlineData("date: 2020-01-02", "date: 2022-01-02")]
    public void A_front_matter_edit_assembles_the_site_again(string from, string to)
    {
        var before = Load(out _);
        _folder.Write("input/articles/first.md", _folder.Read("input/articles/first.md").Replace(from, to, StringComparison.Ordinal));

        var after = Load(out _);

        Assert.NotSame(before.Themes.Terms.Single(), after.Themes.Terms.Single());
        Assert.Equal(Describe(FreshLoad(out _)), Describe(after));
    }

    [Fact]
    public void A_new_article_or_theme_file_assembles_the_site_again()
    {
        var first = Load(out _);
        _folder.Write("input/articles/third.md", "---\ntitle: Third\nauthors: [Jane Roe]\ndate: 2019-01-01\nthemes: [china-factor]\n---\nThird.\n");
        var second = Load(out _);
        _folder.Write("input/themes/arctic.md", "---\ntitle: The Arctic\n---\n");
        var third = Load(out var diagnostics);

        Assert.NotSame(first.Themes.Terms.Single(), second.Themes.Terms.Single());
        Assert.Equal(2, third.Themes.Terms.Count);
        Assert.DoesNotContain(diagnostics.Items, d => d.Message == "unknown theme 'arctic'");
        Assert.Equal(Describe(FreshLoad(out _)), Describe(third));
    }

    public void Dispose() => _folder.Dispose();

    private Site.Model.Site Load(out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return SiteLoader.Load(_settings, _folder.Combine("input"), diagnostics, _cache, _assembly);
    }

    private Site.Model.Site FreshLoad(out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return SiteLoader.Load(_settings, _folder.Combine("input"), diagnostics);
    }

    /// <summary>Everything a page can show of the site's structure, with each article's body.</summary>
    private static string[] Describe(Site.Model.Site site) =>
    [
        .. site.Articles.Select(a => $"{a.Slug} {a.Title} {a.Date} [{string.Join(", ", a.Credits.Select(c => c.Person.Slug))}] [{string.Join(", ", a.Themes.Select(t => t.Slug))}] {a.ReadMarkdown()}"),
        .. site.Authors.Terms.Concat(site.Themes.Terms).Select(t => $"{t.Slug}: {string.Join(", ", t.Articles.Select(a => $"{a.Slug} {a.ReadMarkdown()}"))}"),
    ];
}
