using Reader.Content;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Building;

public sealed class SiteSessionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SiteSession _session;

    public SiteSessionTests()
    {
        foreach (var (path, content) in MiniSite.Sections("""
            -- input/index.md --
            ---
            title: Test
            ---
            A test collection.
            -- input/themes/china-factor.md --
            ---
            title: The China factor
            ---
            -- input/articles/first.md --
            ---
            title: First
            authors: [Jane Roe]
            date: 2020-01-02
            themes: [china-factor]
            ---
            The first article's text.
            -- input/articles/second.md --
            ---
            title: Second
            authors: [John Doe]
            date: 2021-03-04
            themes: [china-factor]
            ---
            The second article's text mentions Jane Roe.
            """))
        {
            Write(path, content);
        }

        _session = new SiteSession(new ReaderSettings { Host = "reader.example.org" }, _folder.Combine("input"), RepoPaths.Theme, _folder.Combine("output"));
    }

    [Fact]
    public void First_build_parses_everything_and_matches_a_full_build()
    {
        var result = _session.Build();

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        Assert.Equal(["input/articles/first.md", "input/articles/second.md", "input/themes/china-factor.md"], result.Parsed);
        using var full = new TempFolder();
        SiteBuilder.Build(_session.Settings, _folder.Combine("input"), RepoPaths.Theme, full.Path);
        Assert.Equal(Snapshot(full.Path), Snapshot(_folder.Combine("output")));
    }

    [Fact]
    public void A_rebuild_replaces_each_file_in_one_step_so_a_reader_of_the_old_file_reads_it_whole()
    {
        _session.Build();
        var page = _folder.Combine("output", "articles", "second", "index.html");
        var old = File.ReadAllText(page);

        // A preview request that opened the page just before the rebuild wrote it.
        using var request = new FileStream(page, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Write("input/articles/second.md", Read("input/articles/second.md").Replace("mentions Jane Roe.", "now says something new.", StringComparison.Ordinal));
        var result = _session.Build();

        Assert.Contains("articles/second/index.html", result.Changed);
        using var reader = new StreamReader(request);
        Assert.Equal(old, reader.ReadToEnd());
        Assert.Contains("something new", Read("output/articles/second/index.html"), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_folder.Combine("output"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Changing_one_article_parses_only_that_file_and_leaves_unchanged_pages_alone()
    {
        _session.Build();
        var untouched = _folder.Combine("output", "themes", "china-factor", "index.html");
        var before = File.GetLastWriteTimeUtc(untouched);
        File.SetLastWriteTimeUtc(untouched, before.AddHours(-1));

        Write("input/articles/second.md", Read("input/articles/second.md").Replace("mentions Jane Roe.", "now says something new.", StringComparison.Ordinal));
        var result = _session.Build();

        Assert.Equal(["input/articles/second.md"], result.Parsed);
        Assert.Equal(1, result.BodiesAnalysed);

        // Its page, the site's feeds, its people's and theme's feeds (Atom and JSON each), its e-book, its theme's and the
        // collection's, its article shard of the search index and the term shards of the words that came and went
        // ("now", "says", "something", "new"; "mentions", "jane", "roe"), and its citations and the collection's, compared
        // by the article's stamp (made again, written only if their bytes changed): not the other pages.
        Assert.InRange(result.FilesRendered, 6, 26);
        Assert.Contains("something new", Read("output/articles/second/index.html"), StringComparison.Ordinal);
        Assert.Equal(before.AddHours(-1), File.GetLastWriteTimeUtc(untouched));
        Assert.InRange(result.PagesWritten, 1, 2);
    }

    [Fact]
    public void A_build_with_nothing_changed_parses_and_writes_nothing()
    {
        _session.Build();

        var result = _session.Build();

        Assert.Empty(result.Parsed);
        Assert.Equal(0, result.BodiesAnalysed);
        Assert.Equal(0, result.FilesRendered);
        Assert.Equal(0, result.FilesWritten);
    }

    [Fact]
    public void Files_a_watcher_names_are_checked_and_the_other_settled_files_trusted()
    {
        foreach (var file in Directory.EnumerateFiles(_folder.Combine("input"), "*.md", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        _session.Build();
        Write("input/articles/first.md", Read("input/articles/first.md").Replace("first article's text", "first article, edited unseen", StringComparison.Ordinal));
        Write("input/articles/second.md", Read("input/articles/second.md").Replace("mentions Jane Roe.", "now says something new.", StringComparison.Ordinal));

        var watched = _session.Build(changedFiles: [_folder.Combine("input", "articles", "second.md")]);
        var everything = _session.Build();

        Assert.Equal(["input/articles/second.md"], watched.Parsed);
        Assert.Equal(["input/articles/first.md"], everything.Parsed);
        Assert.Contains("edited unseen", Read("output/articles/first/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_that_is_a_link_is_read_again_whatever_the_watcher_names()
    {
        // A watcher reports the edit under the target's path, never under the link's.
        Write("input/drafts/linked.md", "---\ntitle: Linked\n---\nThe draft as it was.\n");
        File.CreateSymbolicLink(_folder.Combine("input", "articles", "linked.md"), "../drafts/linked.md");
        foreach (var file in Directory.EnumerateFiles(_folder.Combine("input"), "*.md", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        _session.Build();
        Write("input/drafts/linked.md", "---\ntitle: Linked\n---\nThe draft, edited.\n");
        var result = _session.Build(changedFiles: [_folder.Combine("input", "drafts", "linked.md")]);

        Assert.Contains("input/articles/linked.md", result.Parsed);
        Assert.Contains("The draft, edited.", Read("output/articles/linked/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_an_article_removes_its_page()
    {
        _session.Build();
        Assert.True(File.Exists(_folder.Combine("output", "articles", "first", "index.html")));

        File.Delete(_folder.Combine("input", "articles", "first.md"));
        var result = _session.Build();

        // Jane Roe was credited only there, so her page and feeds go too; the article's e-book and its three citation
        // files go with its page (the timelines fit on a page, so they have no year pages to lose).
        Assert.False(Directory.Exists(_folder.Combine("output", "articles", "first")));
        Assert.False(Directory.Exists(_folder.Combine("output", "authors", "jane-roe")));
        Assert.Equal(8, result.FilesDeleted);
        Assert.DoesNotContain("/articles/first/", Read("output/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_date_in_a_new_year_adds_that_year_to_the_timeline_and_taking_it_out_removes_the_page()
    {
        // One event a page, so every year has pages of its own (a timeline that fits on a page has none).
        var session = new SiteSession(new ReaderSettings { Host = "reader.example.org", ArchivePageSize = 1 }, _folder.Combine("input"), RepoPaths.Theme, _folder.Combine("output"));
        session.Build();
        var good = Read("input/articles/first.md");

        Write("input/articles/first.md", good + "\nIn May 1999 the talks began.\n");
        var added = session.Build();
        Assert.Contains("timeline/1999/index.html", added.Changed);
        Assert.Contains("timeline/themes/china-factor/1999/index.html", added.Changed);
        Assert.Contains("href=\"/timeline/1999/\"", Read("output/timeline/index.html"), StringComparison.Ordinal);

        Write("input/articles/first.md", good);
        var removed = session.Build();
        Assert.Contains("timeline/1999/index.html", removed.Deleted);
        Assert.False(Directory.Exists(_folder.Combine("output", "timeline", "1999")));
        Assert.DoesNotContain("/timeline/1999/", Read("output/timeline/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_date_in_a_new_year_adds_its_section_to_a_one_page_timeline_and_taking_it_out_removes_it()
    {
        _session.Build();
        var good = Read("input/articles/first.md");

        Write("input/articles/first.md", good + "\nIn May 1999 the talks began.\n");
        Assert.Contains("timeline/index.html", _session.Build().Changed);
        Assert.Contains("id=\"y1999\"", Read("output/timeline/index.html"), StringComparison.Ordinal);

        Write("input/articles/first.md", good);
        Assert.Contains("timeline/index.html", _session.Build().Changed);
        Assert.DoesNotContain("id=\"y1999\"", Read("output/timeline/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_article_keeps_its_last_good_page_until_it_is_fixed()
    {
        _session.Build();
        var good = Read("input/articles/first.md");

        Write("input/articles/first.md", good.Replace("authors: [Jane Roe]", "authors: [Jane Roe", StringComparison.Ordinal));
        var broken = _session.Build();

        Assert.True(broken.HasErrors);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Path == "input/articles/first.md");
        Assert.Contains("The first article", Read("output/articles/first/index.html"), StringComparison.Ordinal);

        Write("input/articles/first.md", good.Replace("The first article's text.", "The first article, fixed.", StringComparison.Ordinal));
        var fixedResult = _session.Build();

        Assert.False(fixedResult.HasErrors, string.Join('\n', fixedResult.Diagnostics));
        Assert.Contains("The first article, fixed.", Read("output/articles/first/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unchanged_file_with_an_error_reports_it_on_every_build()
    {
        Write("input/articles/first.md", Read("input/articles/first.md").Replace("themes: [china-factor]", "themes: [arctic]", StringComparison.Ordinal));

        var first = _session.Build();
        var second = _session.Build();

        Assert.Empty(second.Parsed);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Contains(second.Diagnostics, d => d.Message == "unknown theme 'arctic'");
    }

    /// <summary>
    /// An incremental build skips the pages whose inputs look unchanged: after every kind of edit, what it leaves
    /// in the output folder must be byte for byte what a full build writes.
    /// </summary>
    /// <param name="pageSize">1 cuts every list into pages, so each edit also moves articles between pages.</param>
    [Theory]
    [InlineData(50)]
    [InlineData(1)]
    public void After_every_kind_of_edit_the_output_is_what_a_full_build_writes(int pageSize)
    {
        var session = new SiteSession(new ReaderSettings { Host = "reader.example.org", ArchivePageSize = pageSize }, _folder.Combine("input"), RepoPaths.Theme, _folder.Combine("output"));
        session.Build();
        var edits = new (string Name, Action Apply)[]
        {
            ("body", () => Write("input/articles/first.md", Read("input/articles/first.md").Replace("The first article's text.", "The first article's text, longer now, with a new word: tundra.", StringComparison.Ordinal))),
            ("title", () => Write("input/articles/second.md", Read("input/articles/second.md").Replace("title: Second", "title: Second, retitled", StringComparison.Ordinal))),
            ("credit", () => Write("input/articles/first.md", Read("input/articles/first.md").Replace("authors: [Jane Roe]", "authors: [Jane Roe, John Doe]", StringComparison.Ordinal))),
            ("date", () => Write("input/articles/first.md", Read("input/articles/first.md").Replace("date: 2020-01-02", "date: 2022-05-06", StringComparison.Ordinal))),
            ("theme file", () => Write("input/themes/china-factor.md", "---\ntitle: The China factor, renamed\ndescription: Beijing in the middle.\n---\n")),
            ("author file", () => Write("input/authors/jane-roe.md", "---\nname: Jane Roe\naffiliations: [Hokkaido University]\n---\nA historian.\n")),
            ("new article", () => Write("input/articles/third.md", "---\ntitle: Third\nauthors: [John Doe]\ndate: 2023-01-01\nthemes: [china-factor]\n---\nJane Roe and tundra again.\n")),
            ("deleted article", () => File.Delete(_folder.Combine("input", "articles", "second.md"))),
            ("summary", () => Write("input/articles/third.md", Read("input/articles/third.md").Replace("themes: [china-factor]", "themes: [china-factor]\nsummary: A short summary.", StringComparison.Ordinal))),
        };

        foreach (var (name, apply) in edits)
        {
            apply();
            var result = session.Build();
            Assert.False(result.HasErrors, $"{name}: {string.Join('\n', result.Diagnostics)}");
            using var full = new TempFolder();
            SiteBuilder.Build(session.Settings, _folder.Combine("input"), RepoPaths.Theme, full.Path);
            var expected = Snapshot(full.Path);
            var actual = Snapshot(_folder.Combine("output"));
            Assert.True(expected.Count == actual.Count && expected.All(p => actual.GetValueOrDefault(p.Key) == p.Value),
                $"after the {name} edit these files differ from a full build: {string.Join(", ", expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).Order(StringComparer.Ordinal))}");
        }
    }

    public void Dispose() => _folder.Dispose();

    private void Write(string relative, string text) => _folder.Write(relative, text);

    private string Read(string relative) => _folder.Read(relative);

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));
}
